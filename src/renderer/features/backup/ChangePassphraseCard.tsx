/** A new passphrase for the key (after a recovery, or when the old one was seen). */
import { Alert, Button, Card, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/transport';
import { useI18n } from '../../i18n/i18nContext';
import { NewPassphraseFields, useNewPassphrase } from '../security';

export function ChangePassphraseCard() {
  const { t, lang } = useI18n();
  const [current, setCurrent] = useState('');
  const fresh = useNewPassphrase();
  const [problem, setProblem] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const change = async () => {
    if (busy) return;
    setChanged(false);
    const refused = fresh.problem(t);
    if (refused) return setProblem(refused);
    setBusy(true);
    setProblem(null);
    const result = await call('security:changePassphrase', {
      current,
      next: fresh.passphrase,
      lang,
    });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    setChanged(true);
    setCurrent('');
    fresh.clear();
  };
  return (
    <Card withBorder data-testid="change-passphrase">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void change();
        }}
      >
        <Stack gap="xs">
          <Text fw={600}>{t('backup.passphrase.title')}</Text>
          <PasswordInput
            label={t('backup.passphrase.current')}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            autoComplete="current-password"
          />
          <NewPassphraseFields state={fresh} label={t('backup.passphrase.new')} />
          {problem ? (
            <Alert color="red" data-testid="problem">
              {problem}
            </Alert>
          ) : null}
          {changed ? <Alert color="green">{t('backup.passphrase.changed')}</Alert> : null}
          <Group>
            <Button type="submit" variant="default" loading={busy}>
              {t('backup.passphrase.button')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
