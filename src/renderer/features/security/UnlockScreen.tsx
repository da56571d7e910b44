/** The locked app: the passphrase, or the 24 recovery words, open it. A wrong one may be retried. */
import { Alert, Button, Container, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/transport';
import { useI18n } from '../../i18n/i18nContext';
import { setSecurityStatus } from './securityStore';

export function UnlockScreen({ dbFile }: { dbFile: string }) {
  const { t, lang } = useI18n();
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const unlock = async () => {
    if (busy || secret === '') return;
    setBusy(true);
    setProblem(null);
    const result = await call('security:unlock', { secret, lang });
    setBusy(false);
    if (result.ok) setSecurityStatus(result.data);
    else setProblem(result.error.message);
  };
  return (
    <Container size="sm" py="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void unlock();
        }}
      >
        <Stack>
          <Title order={2}>{t('security.unlock.title')}</Title>
          <Text>{t('security.unlock.intro')}</Text>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {t('security.recovery.for', { file: dbFile })}
          </Text>
          <PasswordInput
            label={t('security.unlock.secret')}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            autoComplete="current-password"
            autoFocus
          />
          {problem ? (
            <Alert color="red" title={t('security.unlock.failed')} data-testid="problem">
              {problem}
            </Alert>
          ) : null}
          <Button type="submit" loading={busy}>
            {t('security.unlock.button')}
          </Button>
        </Stack>
      </form>
    </Container>
  );
}
