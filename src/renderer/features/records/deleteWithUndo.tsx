/**
 * Deletes a record and offers to undo it from the notification, which also leads to "Recently
 * deleted" (where it stays restorable for 90 days after the notification is gone).
 */
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RecordType } from '../../../shared/records/recordTypes';
import { ApiCallError, mutate } from '../../api/useApi';
import type { I18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';

/** Long enough to read and reach for Undo; Recently deleted is there after it. */
const UNDO_MS = 12_000;

function failed(error: unknown): void {
  notifications.show({
    color: 'red',
    message: error instanceof ApiCallError ? error.message : String(error),
  });
}

/** Resolves true once deleted; on failure says why and resolves false. */
export async function deleteWithUndo(
  i18n: I18n,
  type: RecordType,
  id: string,
  onUndone?: () => void,
): Promise<boolean> {
  const noun = i18n.t(`record.${type}` as MessageKey);
  try {
    await mutate('records:delete', { type, id });
  } catch (error) {
    failed(error);
    return false;
  }
  const notificationId = `deleted-${id}`;
  notifications.show({
    id: notificationId,
    autoClose: UNDO_MS,
    message: (
      <Group justify="space-between" wrap="nowrap" data-testid="undo-delete">
        <Stack gap={0}>
          <Text size="sm">{i18n.t('record.deleted', { noun })}</Text>
          <Anchor size="xs" href="#/deleted" onClick={() => notifications.hide(notificationId)}>
            {i18n.t('deleted.open')}
          </Anchor>
        </Stack>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            mutate('records:restore', { type, id }).then(() => {
              notifications.hide(notificationId);
              notifications.show({ color: 'teal', message: i18n.t('record.restored', { noun }) });
              onUndone?.();
            }, failed);
          }}
        >
          {i18n.t('action.undo')}
        </Button>
      </Group>
    ),
  });
  return true;
}
