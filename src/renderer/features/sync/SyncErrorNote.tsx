/**
 * The last sync failure in words the user can act on, with the raw message folded under
 * "Details" for support (it names system codes like ECONNREFUSED, which say nothing to a CSM).
 */
import { Stack, Text } from '@mantine/core';
import type { SyncStatusView } from '../../../shared/api/views';
import { useI18n } from '../../i18n/i18nContext';
import { clockText } from './syncDeviceText';
import { syncErrorText } from './syncErrorText';
import classes from './SyncErrorNote.module.css';

export function SyncErrorNote({
  status,
  size = 'sm',
  testId,
}: {
  status: SyncStatusView;
  size?: 'xs' | 'sm';
  testId: string;
}) {
  const i18n = useI18n();
  const text = clockText(i18n, status) ?? syncErrorText(i18n, status);
  if (!text) return null;
  return (
    <Stack gap={2}>
      <Text size={size} c="red" data-testid={testId}>
        {text}
      </Text>
      {status.error && !status.clock ? (
        <details className={classes.details} data-testid={`${testId}-details`}>
          <summary>
            <Text span size="xs" c="dimmed">
              {i18n.t('sync.details')}
            </Text>
          </summary>
          <Text size="xs" c="dimmed" ff="monospace">
            {status.error}
          </Text>
        </details>
      ) : null}
    </Stack>
  );
}
