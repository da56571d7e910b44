/** Deletes a record and offers to undo it from the notification. */
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RecordType } from '../../../shared/records/recordTypes';
import { ApiCallError, mutate } from '../../api/useApi';
import type { I18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';

export async function deleteWithUndo(
  i18n: I18n,
  type: RecordType,
  id: string,
  onUndone?: () => void,
): Promise<void> {
  const noun = i18n.t(`record.${type}` as MessageKey);
  try {
    await mutate('records:delete', { type, id });
  } catch (error) {
    notifications.show({
      color: 'red',
      message: error instanceof ApiCallError ? error.message : String(error),
    });
    return;
  }
  const notificationId = `deleted-${id}`;
  notifications.show({
    id: notificationId,
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{i18n.t('record.deleted', { noun })}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            void mutate('records:restore', { type, id }).then(() => {
              notifications.hide(notificationId);
              notifications.show({ color: 'teal', message: i18n.t('record.restored', { noun }) });
              onUndone?.();
            });
          }}
        >
          {i18n.t('action.undo')}
        </Button>
      </Group>
    ),
  });
}
