/**
 * The first start of the app: the database is encrypted before anything is stored in it — with a
 * passphrase typed twice, or with the OS keychain where it is real — and the recovery key shown.
 */
import { Alert, Button, Checkbox, Container, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SecurityStatusView } from '../../../shared/api/securityViews';
import { call } from '../../api/transport';
import { useI18n, type I18n } from '../../i18n/i18nContext';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';
import { RecoveryKeySheet } from './RecoveryKeySheet';
import { refreshSecurityStatus } from './securityStore';

export function keystoreExplanation(status: SecurityStatusView, t: I18n['t']): string {
  if (status.keystore === 'os') return t('security.because.os');
  return t(`security.because.${status.passphraseBecause ?? 'notDesktop'}`);
}

export function SetUpScreen({ status }: { status: SecurityStatusView }) {
  const { t, lang } = useI18n();
  const fresh = useNewPassphrase();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [words, setWords] = useState<string[] | null>(null);
  const [written, setWritten] = useState(false);
  const usesPassphrase = status.keystore === 'passphrase';

  const submit = async () => {
    if (busy) return;
    const refused = usesPassphrase ? fresh.problem(t) : null;
    if (refused) return setProblem(refused);
    setBusy(true);
    setProblem(null);
    const result = await call('security:setUp', {
      ...(usesPassphrase ? { passphrase: fresh.passphrase } : {}),
      lang,
    });
    setBusy(false);
    if (result.ok) setWords(result.data.words);
    else setProblem(result.error.message);
  };

  if (words)
    return (
      <Container size="md" py="xl">
        <Stack>
          <RecoveryKeySheet words={words} dbFile={status.dbFile} />
          <Checkbox
            label={t('security.recovery.written')}
            checked={written}
            onChange={(e) => setWritten(e.currentTarget.checked)}
          />
          <Button disabled={!written} onClick={() => void refreshSecurityStatus()}>
            {t('security.recovery.continue')}
          </Button>
        </Stack>
      </Container>
    );
  return (
    <Container size="sm" py="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Title order={2}>{t('security.setUp.title')}</Title>
          <Text>{t('security.setUp.intro')}</Text>
          <Alert color={usesPassphrase ? 'yellow' : 'blue'}>{keystoreExplanation(status, t)}</Alert>
          {usesPassphrase ? <NewPassphraseFields state={fresh} hint autoFocus /> : null}
          {problem ? (
            <Alert color="red" data-testid="problem">
              {problem}
            </Alert>
          ) : null}
          <Button type="submit" loading={busy}>
            {usesPassphrase ? t('security.setUp.button') : t('security.setUp.os')}
          </Button>
        </Stack>
      </form>
    </Container>
  );
}
