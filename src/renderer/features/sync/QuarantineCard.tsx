/**
 * The changes sync held back because they failed validation (an impossible change id, a field
 * the record schemas refuse): which record and field, why, and the value received. They were
 * never applied; this only shows them, so a teammate or admin can fix them at the source. What
 * is shown came from outside and was refused, so every part of it is treated as plain text.
 */
import { Alert, Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { QuarantineView } from '../../../shared/api/quarantineViews';
import { useQuery } from '../../api/useApi';
import { en, type MessageKey } from '../../i18n/en';
import { useI18n, type I18n } from '../../i18n/i18nContext';

const SHOWN = 80;

function known(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

function ProblemRows({ held, i18n }: { held: QuarantineView; i18n: I18n }) {
  const { t, dateTime } = i18n;
  const recordKey = `record.${held.type}`;
  return held.problems.map((p, index) => {
    const fieldKey = `field.${p.field}`;
    const reasonKey = `quarantine.reason.${p.code}`;
    return (
      <Table.Tr key={`${held.id}/${index}`} data-testid="quarantine-row">
        <Table.Td>
          <Text size="sm" fw={500}>
            {held.accountId ? (
              <Anchor href={`#/accounts/${held.accountId}/overview`}>
                {held.accountName || '—'}
              </Anchor>
            ) : (
              held.accountName || '—'
            )}
          </Text>
          <Text size="xs" c="dimmed">
            {known(recordKey) ? t(recordKey) : held.type} · {shown(held.rowId)}
          </Text>
        </Table.Td>
        <Table.Td data-testid="quarantine-field">
          {!p.column ? t('quarantine.whole') : known(fieldKey) ? t(fieldKey) : p.column}
        </Table.Td>
        <Table.Td data-testid="quarantine-reason">
          {known(reasonKey) ? t(reasonKey) : p.reason}
        </Table.Td>
        <Table.Td>
          <Text size="sm" data-testid="quarantine-value">
            {shown(p.value)}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="xs" c="dimmed">
            {t('quarantine.byAt', {
              who: held.author || t('quarantine.someone'),
              when: dateTime(held.receivedAt),
            })}
          </Text>
        </Table.Td>
      </Table.Tr>
    );
  });
}

/** Shown while sync is set up, and afterwards as long as anything is held back. */
export function QuarantineCard({ connected }: { connected: boolean }) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const held = useQuery('quarantine:list', {});
  const count = held.data?.length ?? 0;
  if (!connected && count === 0) return null;
  return (
    <Card withBorder data-testid="quarantine">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('quarantine.title')}</Title>
          {count > 0 ? (
            <Badge color="orange" data-testid="quarantine-count">
              {t('quarantine.count', { count: number(count) })}
            </Badge>
          ) : null}
        </Group>
        {held.error ? <Alert color="red">{held.error.message}</Alert> : null}
        {held.data && count === 0 ? (
          <Text size="sm" c="dimmed">
            {t('quarantine.none')}
          </Text>
        ) : null}
        {held.data && count > 0 ? (
          <>
            <Text size="sm" c="dimmed">
              {t('quarantine.explain')}
            </Text>
            <Table striped withTableBorder data-testid="quarantine-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('quarantine.record')}</Table.Th>
                  <Table.Th>{t('quarantine.field')}</Table.Th>
                  <Table.Th>{t('quarantine.reason')}</Table.Th>
                  <Table.Th>{t('quarantine.value')}</Table.Th>
                  <Table.Th>{t('quarantine.from')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {held.data.map((h) => (
                  <ProblemRows key={h.id} held={h} i18n={i18n} />
                ))}
              </Table.Tbody>
            </Table>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
