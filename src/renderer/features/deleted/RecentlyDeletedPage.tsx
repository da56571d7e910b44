/**
 * "Recently deleted": what was deleted in the last 90 days (here or by a teammate), newest first,
 * with when and by whom, each with Restore. An account lists what was hidden with it.
 */
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { DeletedRecordView } from '../../../shared/api/deletedViews';
import type { DeletableType } from '../../../shared/records/deletableTypes';
import { ApiCallError, mutate, useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';
import { dependentsText } from './dependentsText';

const PAGE = 100;

export function RecentlyDeletedPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [type, setType] = useState<DeletableType | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const [busy, setBusy] = useState<string | null>(null);
  const { data, error } = useQuery('deleted:list', {
    ...(type ? { type } : {}),
    offset: 0,
    limit,
  });
  const noun = (type: DeletableType) => t(`record.${type}` as MessageKey);

  const restore = async (item: DeletedRecordView) => {
    setBusy(item.id);
    try {
      const { restored } = await mutate('deleted:restore', { type: item.type, id: item.id });
      const account = restored.find((r) => r.type === 'accounts' && r.id !== item.id);
      notifications.show({
        color: 'teal',
        message: account
          ? t('deleted.restoredWithAccount', { what: item.label, account: account.label })
          : t('deleted.restored', { what: item.label }),
      });
    } catch (e) {
      notifications.show({
        color: 'red',
        message: e instanceof ApiCallError ? e.message : String(e),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('deleted.title')}</Title>
          <Text size="sm" c="dimmed">
            {i18n.plural('deleted.intro', data?.days ?? 90)}
          </Text>
        </div>
        <Select
          w={260}
          aria-label={t('deleted.filter')}
          data-testid="deleted-type"
          value={type}
          allowDeselect={false}
          onChange={(value) => {
            setType((value ?? '') as DeletableType | '');
            setLimit(PAGE);
          }}
          data={[
            { value: '', label: t('deleted.allTypes') },
            ...(data?.byType ?? []).map((b) => ({
              value: b.type,
              label: `${noun(b.type)} (${i18n.number(b.count)})`,
            })),
          ]}
        />
      </Group>
      {error ? <Alert color="red">{error.message}</Alert> : null}
      {!data && !error ? <Loader /> : null}
      {data ? (
        <Text size="sm" data-testid="deleted-count">
          {i18n.plural('deleted.count', data.total)}
        </Text>
      ) : null}
      {data && data.total === 0 ? (
        <Text c="dimmed">{i18n.plural('deleted.none', data.days)}</Text>
      ) : null}
      {data && data.items.length > 0 ? (
        <Table striped data-testid="deleted-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deleted.col.what')}</Table.Th>
              <Table.Th>{t('deleted.col.account')}</Table.Th>
              <Table.Th>{t('deleted.col.when')}</Table.Th>
              <Table.Th>{t('deleted.col.by')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((item) => (
              <Table.Tr key={item.id} data-testid="deleted-row" data-type={item.type}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Badge variant="light" size="sm">
                      {noun(item.type)}
                    </Badge>
                    <Text size="sm">{item.label}</Text>
                  </Group>
                  {item.with.length > 0 ? (
                    <Text size="xs" c="dimmed">
                      {t('deleted.hiddenWith', {
                        list: dependentsText(i18n, item.with).join(
                          i18n.lang === 'zh-CN' ? '、' : ', ',
                        ),
                      })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.type === 'accounts' ? '' : item.accountName}</Text>
                  {item.accountDeleted ? (
                    <Text size="xs" c="orange">
                      {t('deleted.accountToo')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{i18n.dateTime(item.deletedAt)}</Table.Td>
                <Table.Td>
                  {item.deletedBy ||
                    t(item.byThisDevice ? 'deleted.byThisDevice' : 'deleted.byUnknown')}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    loading={busy === item.id}
                    onClick={() => void restore(item)}
                  >
                    {t('deleted.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {data && data.total > data.items.length ? (
        <Button variant="default" onClick={() => setLimit((l) => l + PAGE)}>
          {t('deleted.showMore', { count: Math.min(PAGE, data.total - data.items.length) })}
        </Button>
      ) : null}
    </Stack>
  );
}
