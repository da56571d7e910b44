/** Locks the app (where a passphrase opens it again): the database closes, the key is forgotten. */
import { ActionIcon, Tooltip } from '@mantine/core';
import { call } from '../../api/transport';
import { useI18n } from '../../i18n/i18nContext';
import { setSecurityStatus, useSecurityStatus } from './securityStore';

export function LockButton() {
  const { t } = useI18n();
  const { status } = useSecurityStatus();
  if (!status?.canLock) return null;
  const lock = async () => {
    const result = await call('security:lock', {});
    if (result.ok) setSecurityStatus(result.data);
  };
  return (
    <Tooltip label={t('security.lockHint')}>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={() => void lock()}
        aria-label={t('security.lock')}
      >
        <svg
          width="16"
          height="16"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          aria-hidden="true"
        >
          <rect x="3" y="7" width="10" height="7" rx="1.5" />
          <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
        </svg>
      </ActionIcon>
    </Tooltip>
  );
}
