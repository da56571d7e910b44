/** The recovery words again, after the passphrase (with the OS keychain, the app being unlocked is enough). */
import { Alert, Button, Card, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/transport';
import { useI18n } from '../../i18n/i18nContext';
import { RecoveryKeySheet, useSecurityStatus } from '../security';

export function RecoveryKeyCard() {
  const { t, lang } = useI18n();
  const { status } = useSecurityStatus();
  const [passphrase, setPassphrase] = useState('');
  const [words, setWords] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!status) return null;
  const usesPassphrase = status.keystore === 'passphrase';
  const show = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const result = await call('security:recoveryKey', {
      ...(usesPassphrase ? { passphrase } : {}),
      lang,
    });
    setBusy(false);
    setPassphrase('');
    if (result.ok) setWords(result.data.words);
    else setProblem(result.error.message);
  };
  return (
    <Card withBorder data-testid="recovery-card">
      <Stack gap="sm">
        <Text fw={600}>{t('backup.recovery.title')}</Text>
        {words ? (
          <>
            <RecoveryKeySheet words={words} dbFile={status.dbFile} />
            <Group>
              <Button variant="default" onClick={() => setWords(null)}>
                {t('backup.recovery.hide')}
              </Button>
            </Group>
          </>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void show();
            }}
          >
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {usesPassphrase ? t('backup.recovery.explain') : t('backup.recovery.osExplain')}
              </Text>
              {usesPassphrase ? (
                <PasswordInput
                  label={t('security.passphrase')}
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.currentTarget.value)}
                  autoComplete="current-password"
                />
              ) : null}
              {problem ? (
                <Alert color="red" data-testid="problem">
                  {problem}
                </Alert>
              ) : null}
              <Group>
                <Button type="submit" variant="default" loading={busy}>
                  {t('backup.recovery.button')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
