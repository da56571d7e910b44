/**
 * Nothing of the app shows until the database is open: a new (or still plain) one is encrypted
 * first, a locked one asks for its passphrase.
 */
import { Alert, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18nContext';
import { SetUpScreen } from './SetUpScreen';
import { UnlockScreen } from './UnlockScreen';
import { useSecurityStatus } from './securityStore';

export function SecurityGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { status, problem } = useSecurityStatus();
  if (problem)
    return (
      <Alert color="red" m="xl" title={t('app.errorTitle')}>
        {problem}
      </Alert>
    );
  if (!status) return <Loader m="xl" />;
  if (status.state === 'setUp') return <SetUpScreen status={status} />;
  if (status.state === 'locked') return <UnlockScreen dbFile={status.dbFile} />;
  return children;
}
