/**
 * Conflicts: values of yours that an edit from another device replaced. Each row shows both
 * values, who and when; "Keep mine" writes your value back (a new edit that syncs), "Keep theirs"
 * just files the conflict away.
 */
import { Alert, Anchor, Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ConflictView } from '../../../shared/api/views';
import { ApiCallError, mutate, useQuery } from '../../api/useApi';
import { en, type MessageKey } from '../../i18n/en';
import { useI18n, type I18n } from '../../i18n/i18nContext';
import { refreshSyncStatus } from './syncStatusStore';

function formatValue(i18n: I18n, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'boolean') return i18n.t(value ? 'sync.yes' : 'sync.no');
  if (typeof value === 'number') return i18n.number(value, 2);
  return String(value);
}

function fieldLabel(t: I18n['t'], field: string): string {
  const key = `field.${field}`;
  return key in en ? t(key as MessageKey) : field;
}

export function ConflictsPage() {
  const i18n = useI18n();
  const { t, dateTime, label } = i18n;
  const [includeResolved, setIncludeResolved] = useState(false);
  const [includeKnowing, setIncludeKnowing] = useState(false);
  const conflicts = useQuery('conflicts:list', { includeResolved, includeKnowing });

  const resolve = async (conflict: ConflictView, keep: 'mine' | 'theirs') => {
    try {
      await mutate('conflicts:resolve', { id: conflict.id, keep });
      notifications.show({
        message: t(keep === 'mine' ? 'conflicts.restored' : 'conflicts.kept'),
      });
      void refreshSyncStatus();
    } catch (error) {
      notifications.show({
        color: 'red',
        message: error instanceof ApiCallError ? error.message : String(error),
      });
    }
  };

  return (
    <Stack gap="md">
      <Title order={2}>{t('sync.conflicts')}</Title>
      <Text size="sm" c="dimmed">
        {t('conflicts.explain')}
      </Text>
      <Group>
        <Checkbox
          label={t('conflicts.includeResolved')}
          checked={includeResolved}
          onChange={(e) => setIncludeResolved(e.currentTarget.checked)}
        />
        <Checkbox
          label={t('conflicts.includeKnowing')}
          checked={includeKnowing}
          onChange={(e) => setIncludeKnowing(e.currentTarget.checked)}
        />
      </Group>
      {conflicts.error ? <Alert color="red">{conflicts.error.message}</Alert> : null}
      {conflicts.data && conflicts.data.length === 0 ? (
        <Text c="dimmed">{t('conflicts.none')}</Text>
      ) : null}
      {conflicts.data && conflicts.data.length > 0 ? (
        <Table striped withTableBorder data-testid="conflicts-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('conflicts.record')}</Table.Th>
              <Table.Th>{t('conflicts.field')}</Table.Th>
              <Table.Th>{t('conflicts.mine')}</Table.Th>
              <Table.Th>{t('conflicts.theirs')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {conflicts.data.map((c) => (
              <Table.Tr key={c.id} data-testid="conflict-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {c.accountId ? (
                      <Anchor href={`#/accounts/${c.accountId}/overview`}>
                        {c.accountName || '—'}
                      </Anchor>
                    ) : (
                      c.accountName || '—'
                    )}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`record.${c.type}` as MessageKey)}
                    {c.recordTitle && c.type !== 'accounts' ? ` · ${c.recordTitle}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>{fieldLabel(t, c.field)}</Table.Td>
                <Table.Td>
                  <Text size="sm" data-testid="conflict-mine">
                    {formatValue(i18n, c.mine)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('conflicts.youAt', { when: dateTime(c.mineAt) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" data-testid="conflict-theirs">
                    {formatValue(i18n, c.theirs)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('conflicts.byAt', {
                      who: c.theirAuthor || t('conflicts.someone'),
                      when: dateTime(c.theirsAt),
                    })}
                  </Text>
                  {!c.concurrent ? (
                    <Text size="xs" c="dimmed">
                      {t('conflicts.knowing')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {c.resolution ? (
                    <Text size="sm" c="dimmed">
                      {label(c.resolution)}
                    </Text>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" onClick={() => void resolve(c, 'mine')}>
                        {t('conflicts.keepMine')}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => void resolve(c, 'theirs')}>
                        {t('conflicts.keepTheirs')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
