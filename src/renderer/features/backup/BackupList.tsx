/** The backups Outpost keeps, newest first, each restorable after a confirmation. */
import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  PasswordInput,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import type { BackupEntryView } from '../../../shared/api/securityViews';
import { useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { RestoredNotice } from './RestoredNotice';
import { useRestore } from './useRestore';

export function BackupList() {
  const { t, dateTime, number } = useI18n();
  const { data: backups, error } = useQuery('backup:list', {});
  const [asking, setAsking] = useState<BackupEntryView | null>(null);
  const [secret, setSecret] = useState('');
  const { busy, problem, restored, restore, clearProblem } = useRestore();
  const close = () => {
    setAsking(null);
    setSecret('');
    clearProblem();
  };
  const confirm = async () => {
    if (!asking) return;
    const done = await restore({ file: asking.file, ...(secret ? { secret } : {}) });
    if (done) close();
  };
  return (
    <Card withBorder data-testid="backup-list">
      <Stack gap="sm">
        <Text fw={600}>{t('backup.list.title')}</Text>
        {restored ? <RestoredNotice restored={restored} /> : null}
        {error ? (
          <Alert color="red" data-testid="problem">
            {error.message}
          </Alert>
        ) : null}
        {backups && backups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('backup.list.empty')}
          </Text>
        ) : null}
        {backups && backups.length > 0 ? (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backup.list.when')}</Table.Th>
                <Table.Th>{t('backup.list.kind')}</Table.Th>
                <Table.Th ta="right">{t('backup.list.size')}</Table.Th>
                <Table.Th>{t('backup.list.file')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((b) => (
                <Table.Tr key={b.file}>
                  <Table.Td>{dateTime(b.at)}</Table.Td>
                  <Table.Td>{t(`backup.kind.${b.kind}`)}</Table.Td>
                  <Table.Td ta="right">{number(b.bytes / 2 ** 20, 1)} MB</Table.Td>
                  <Table.Td>
                    <Text size="xs" title={b.file} style={{ wordBreak: 'break-all' }}>
                      {b.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => setAsking(b)}>
                      {t('backup.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
      <Modal opened={asking !== null} onClose={close} title={t('backup.restore.title')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          <Stack>
            <Text size="sm">
              {t('backup.restore.confirm', { when: asking ? dateTime(asking.at) : '' })}
            </Text>
            {asking?.kind === 'portable' ? (
              <PasswordInput
                label={t('backup.restore.secret')}
                value={secret}
                onChange={(e) => setSecret(e.currentTarget.value)}
              />
            ) : null}
            {problem ? (
              <Alert color="red" title={t('backup.failed')} data-testid="problem">
                {problem}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('action.cancel')}
              </Button>
              <Button color="red" type="submit" loading={busy}>
                {t('backup.restore')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
