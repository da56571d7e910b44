/**
 * Deleting an account asks first, and says what goes with it (its contracts, people, notes…) and
 * how to get it back. One click on "Delete" alone never deletes an account.
 */
import { Alert, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { RECENTLY_DELETED_DAYS } from '../../../shared/records/deletableTypes';
import { useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { dependentsText } from './dependentsText';

export interface ConfirmDeleteAccountProps {
  accountId: string;
  name: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDeleteAccount(props: ConfirmDeleteAccountProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const impact = useQuery('deleted:impact', { type: 'accounts', id: props.accountId });
  const lines = impact.data ? dependentsText(i18n, impact.data.with) : [];
  return (
    <Modal
      opened
      onClose={props.onCancel}
      title={t('confirm.deleteTitle', { name: props.name })}
      data-testid="confirm-delete"
    >
      <Stack gap="sm">
        <Text size="sm">{t('confirm.deleteAccount')}</Text>
        {impact.error ? <Alert color="red">{impact.error.message}</Alert> : null}
        {!impact.data && !impact.error ? <Loader size="sm" /> : null}
        {impact.data && lines.length > 0 ? (
          <div data-testid="confirm-delete-with">
            <Text size="sm" fw={600}>
              {t('confirm.goesWith')}
            </Text>
            <List size="sm">
              {lines.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </div>
        ) : null}
        {impact.data && lines.length === 0 ? (
          <Text size="sm">{t('confirm.nothingWith')}</Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {i18n.plural('confirm.restoreHint', RECENTLY_DELETED_DAYS)}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel} data-autofocus>
            {t('confirm.cancel')}
          </Button>
          <Button
            color="red"
            loading={props.busy}
            disabled={!impact.data}
            onClick={props.onConfirm}
          >
            {t('confirm.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
