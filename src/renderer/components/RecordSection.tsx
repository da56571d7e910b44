/** A titled table of one kind of record with add, edit and delete (with undo). */
import { ActionIcon, Button, Card, Group, Menu, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { StoredRecord } from '../../shared/records/recordTypes';
import { deleteWithUndo } from '../features/records/deleteWithUndo';
import type { EditTarget } from '../features/records/RecordModal';
import type { FormRecordType } from '../features/records/recordFormSpecs';
import { useI18n } from '../i18n/i18nContext';
import type { MessageKey } from '../i18n/en';

export interface Column<R> {
  header: string;
  render(record: R): ReactNode;
  numeric?: boolean;
}

export interface RecordSectionProps<T extends FormRecordType> {
  type: T;
  title: string;
  records: StoredRecord<T>[];
  columns: Column<StoredRecord<T>>[];
  defaults: Record<string, unknown>;
  onEdit(target: EditTarget): void;
  rowActions?: (record: StoredRecord<T>) => ReactNode;
  limit?: number;
}

export function RecordSection<T extends FormRecordType>(props: RecordSectionProps<T>) {
  const i18n = useI18n();
  const { t } = i18n;
  const noun = t(`record.${props.type}` as MessageKey);
  const shown = props.limit ? props.records.slice(0, props.limit) : props.records;
  return (
    <Card withBorder mb="md" data-testid={`section-${props.type}`}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>
          {props.title}{' '}
          <Text span c="dimmed" size="sm">
            ({i18n.number(props.records.length)})
          </Text>
        </Title>
        <Button
          size="xs"
          variant="light"
          onClick={() => props.onEdit({ type: props.type, defaults: props.defaults })}
        >
          {t('record.add', { noun })}
        </Button>
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('record.none', { noun })}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((c) => (
                  <Table.Th key={c.header} ta={c.numeric ? 'right' : undefined}>
                    {c.header}
                  </Table.Th>
                ))}
                <Table.Th w={48} aria-label={t('record.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((record) => (
                <Table.Tr key={record.id}>
                  {props.columns.map((c) => (
                    <Table.Td key={c.header} ta={c.numeric ? 'right' : undefined}>
                      {c.render(record)}
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {props.rowActions?.(record)}
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('record.actionsFor', { noun })}
                          >
                            ⋯
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => props.onEdit({ type: props.type, record })}>
                            {t('action.edit')}
                          </Menu.Item>
                          <Menu.Item
                            color="red"
                            onClick={() => void deleteWithUndo(i18n, props.type, record.id)}
                          >
                            {t('action.delete')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {props.limit && props.records.length > props.limit ? (
        <Text size="xs" c="dimmed" mt="xs">
          {t('record.showingLatest', { count: props.limit })}
        </Text>
      ) : null}
    </Card>
  );
}
