/** What a restore did: which backup came back, and where the replaced database was kept. */
import { Alert, Text } from '@mantine/core';
import type { RestoredView } from '../../../shared/api/securityViews';
import { useI18n } from '../../i18n/i18nContext';

export function RestoredNotice({ restored }: { restored: RestoredView }) {
  const { t, dateTime } = useI18n();
  return (
    <Alert color="green" data-testid="restored">
      <Text size="sm">
        {t('backup.restored', { when: dateTime(restored.createdAt), device: restored.device })}
      </Text>
      {restored.safetyCopy ? (
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {t('backup.safetyCopy', { file: restored.safetyCopy })}
        </Text>
      ) : null}
    </Alert>
  );
}
