/** The imports kept in this database, newest first, each undoable until it is undone. */
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';
import { ImportUndoButton } from './ImportUndoButton';

export function ImportHistory() {
  const { t, number, dateTime } = useI18n();
  const { data } = useQuery('import:list', {});
  return (
    <Stack gap="xs">
      <Title order={4}>{t('import.history')}</Title>
      {!data || data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('import.historyEmpty')}
        </Text>
      ) : (
        <Table striped withTableBorder data-testid="import-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.when')}</Table.Th>
              <Table.Th>{t('import.file')}</Table.Th>
              <Table.Th>{t('import.entity')}</Table.Th>
              <Table.Th>{t('import.source')}</Table.Th>
              <Table.Th />
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((batch) => (
              <Table.Tr key={batch.id}>
                <Table.Td>{dateTime(batch.importedAt)}</Table.Td>
                <Table.Td>{batch.fileName}</Table.Td>
                <Table.Td>{t(`import.entity.${batch.entity}` as MessageKey)}</Table.Td>
                <Table.Td>{batch.source}</Table.Td>
                <Table.Td>
                  {t('import.counts', {
                    create: number(batch.counts.create ?? 0),
                    update: number(batch.counts.update ?? 0),
                    skip: number(batch.counts.skip ?? 0),
                  })}
                </Table.Td>
                <Table.Td>
                  {batch.undoneAt ? (
                    <Badge color="gray" variant="light">
                      {t('import.undoneOn', { date: dateTime(batch.undoneAt) })}
                    </Badge>
                  ) : (
                    <ImportUndoButton batchId={batch.id} fileName={batch.fileName} />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
