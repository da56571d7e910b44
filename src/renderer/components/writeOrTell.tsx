/**
 * A write started by one click (Done, Departed, a checkbox) has no form to show its error beside:
 * when it fails, the user is told why in a notification that stays until they act, with "Try
 * again" running the same write. Resolves with the write's result, or undefined when it failed.
 */
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ApiCallError } from '../api/useApi';
import type { I18n } from '../i18n/i18nContext';

let failures = 0;

export async function writeOrTell<T>(i18n: I18n, write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    const id = `write-failed-${++failures}`;
    notifications.show({
      id,
      color: 'red',
      autoClose: false,
      title: i18n.t('write.failed'),
      message: (
        <Group justify="space-between" wrap="nowrap" data-testid="write-failed">
          <Text size="sm">{error instanceof ApiCallError ? error.message : String(error)}</Text>
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            onClick={() => {
              notifications.hide(id);
              void writeOrTell(i18n, write);
            }}
          >
            {i18n.t('write.retry')}
          </Button>
        </Group>
      ),
    });
    return undefined;
  }
}
