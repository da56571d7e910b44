/** A new passphrase for the key (after a recovery, or when the old one was seen). */
import { Alert, Button, Card, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/transport';
import { useI18n } from '../../i18n/i18nContext';

const MIN_PASSPHRASE = 8;

export function ChangePassphraseCard() {
  const { t, lang } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const change = async () => {
    if (busy) return;
    setChanged(false);
    if ([...next].length < MIN_PASSPHRASE) return setProblem(t('security.passphraseShort'));
    if (next !== again) return setProblem(t('security.passphraseMismatch'));
    setBusy(true);
    setProblem(null);
    const result = await call('security:changePassphrase', { current, next, lang });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    setChanged(true);
    setCurrent('');
    setNext('');
    setAgain('');
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
          <PasswordInput
            label={t('backup.passphrase.new')}
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            autoComplete="new-password"
          />
          <PasswordInput
            label={t('security.passphraseAgain')}
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
            autoComplete="new-password"
          />
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
