/**
 * Before a play runs: the action items it will create (title, owner, due date), with those this
 * alert already has marked as such. Creating them is one click; a second run makes nothing new.
 */
import { Alert, Badge, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AlertView } from '../../../shared/api/views';
import { mutate, useQuery } from '../../api/useApi';
import { useSubmit } from '../../api/useSubmit';
import { useI18n } from '../../i18n/i18nContext';
import { alertName } from './describeAlert';

export function PlayPreviewModal({ alert, onClose }: { alert: AlertView; onClose(): void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const input = { accountId: alert.accountId, type: alert.type, lang };
  const preview = useQuery('alerts:playPreview', input);
  const { error, busy, run } = useSubmit();
  const fresh = preview.data?.steps.filter((s) => !s.created).length ?? 0;

  const create = async () => {
    let made = 0;
    const done = await run(async () => {
      made = (await mutate('alerts:runPlay', input)).created.length;
    });
    if (!done) return;
    notifications.show({ color: 'teal', message: i18n.plural('alerts.playCreated', made) });
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('play.title', { alert: alertName(t, alert.type) })}
    >
      <Stack gap="sm" data-testid="play-preview">
        {preview.error ? <Alert color="red">{preview.error.message}</Alert> : null}
        {!preview.data && !preview.error ? <Loader size="sm" /> : null}
        {preview.data ? (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('play.step')}</Table.Th>
                <Table.Th>{t('play.owner')}</Table.Th>
                <Table.Th>{t('play.due')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.data.steps.map((s) => (
                <Table.Tr
                  key={s.title}
                  data-testid="play-step"
                  data-created={s.created || undefined}
                >
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" c={s.created ? 'dimmed' : undefined}>
                        {s.title}
                      </Text>
                      {s.created ? (
                        <Badge size="xs" variant="light" color="gray">
                          {t('play.already')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>{s.owner || '—'}</Table.Td>
                  <Table.Td>{i18n.date(s.dueDate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {preview.data && fresh === 0 ? (
          <Text size="sm" c="dimmed">
            {t('play.nothingNew')}
          </Text>
        ) : null}
        {error ? <Alert color="red">{error}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button loading={busy} disabled={fresh === 0} onClick={() => void create()}>
            {fresh > 0 ? i18n.plural('play.create', fresh) : t('play.createNone')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
