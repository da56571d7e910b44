/** What changed in the window's forecast since last week (or a chosen day), renewal by renewal. */
import {
  Badge,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import type { ForecastChangeView, MultiCurrencyTotals } from '../../../shared/api/forecastViews';
import { useQuery } from '../../api/useApi';
import { useI18n, type I18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';
import { callLabel, headline, probability } from './describeForecast';
import { shiftDay, type ForecastWindow } from './forecastWindow';
import { DateField } from '../../components/DateField';

function describeField(i18n: I18n, c: ForecastChangeView, field: string): string {
  const { t } = i18n;
  const b = c.before;
  const a = c.after;
  const m = (minor: number | null | undefined) =>
    minor === null || minor === undefined ? '—' : i18n.money(minor, c.currency);
  switch (field) {
    case 'new':
      return t('renewals.changes.new');
    case 'forecastCall':
      return `${callLabel(i18n, b?.forecastCall ?? '')} → ${callLabel(i18n, a.forecastCall)}`;
    case 'band':
      return `${b?.band ? t(`health.band.${b.band}`) : '—'} → ${a.band ? t(`health.band.${a.band}`) : '—'}`;
    case 'probability':
      return `${probability(i18n, b?.probability ?? 0)} → ${probability(i18n, a.probability)}`;
    case 'outcome':
      return `${t(`renewals.status.${b?.outcome ?? 'open'}` as MessageKey)} → ${t(`renewals.status.${a.outcome}` as MessageKey)}`;
    default: {
      const key = field as 'targetArrMinor' | 'expectedChangeMinor' | 'expected' | 'finalArrMinor';
      return `${m(b?.[key])} → ${m(a[key])}`;
    }
  }
}

function Delta({
  label,
  before,
  after,
  currency,
}: {
  label: string;
  before: number;
  after: number;
  currency: string;
}) {
  const i18n = useI18n();
  const delta = after - before;
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{i18n.money(after, currency)}</Text>
      <Text size="xs" c={delta > 0 ? 'teal' : delta < 0 ? 'red' : 'dimmed'}>
        {delta >= 0 ? '+' : '−'}
        {i18n.money(Math.abs(delta), currency)} ·{' '}
        {i18n.t('renewals.changes.was', { value: i18n.money(before, currency) })}
      </Text>
    </Card>
  );
}

function Totals({ before, after }: { before: MultiCurrencyTotals; after: MultiCurrencyTotals }) {
  const { t } = useI18n();
  const a = headline(after);
  const b = headline(before);
  if (!a || !b) return null;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="changes-totals">
      {(['due', 'commit', 'expected', 'best'] as const).map((key) => (
        <Delta
          key={key}
          label={t(`renewals.total.${key}`)}
          before={b.totals[key]}
          after={a.totals[key]}
          currency={a.currency}
        />
      ))}
    </SimpleGrid>
  );
}

export function ChangesTab({ window, today }: { window: ForecastWindow; today: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const lastWeek = shiftDay(today, -7);
  const [mode, setMode] = useState<'week' | 'date'>('week');
  const [day, setDay] = useState(shiftDay(today, -30));
  const since = mode === 'week' ? lastWeek : day;
  const { data, error } = useQuery('forecast:changes', {
    from: window.from,
    to: window.to,
    since,
    currency: window.currency,
    lang: i18n.lang,
  });
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'week' | 'date')}
          data={[
            { value: 'week', label: t('renewals.changes.lastWeek') },
            { value: 'date', label: t('renewals.changes.sinceDate') },
          ]}
        />
        {mode === 'date' ? (
          <DateField
            label={t('renewals.changes.since')}
            value={day}
            maxDate={shiftDay(today, -1)}
            onChange={setDay}
            w={160}
          />
        ) : null}
        <Text size="sm" c="dimmed">
          {t('renewals.changes.between', { since: i18n.date(since), today: i18n.date(today) })}
        </Text>
      </Group>
      {error ? <Text c="red">{error.message}</Text> : null}
      {data ? <Totals before={data.before} after={data.after} /> : null}
      {data && data.changes.length === 0 ? (
        <Text c="dimmed">{t('renewals.changes.none')}</Text>
      ) : null}
      {data && data.changes.length > 0 ? (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="changes-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('renewals.col.account')}</Table.Th>
                <Table.Th>{t('field.owner')}</Table.Th>
                <Table.Th>{t('renewals.col.ends')}</Table.Th>
                <Table.Th>{t('renewals.changes.what')}</Table.Th>
                <Table.Th>{t('renewals.changes.who')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.changes.map((c) => (
                <Table.Tr key={c.contractId} data-testid="change-row">
                  <Table.Td>{c.accountName}</Table.Td>
                  <Table.Td>{c.owner}</Table.Td>
                  <Table.Td>{i18n.date(c.endDate)}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {c.fields.map((f) => (
                        <Text size="sm" key={f}>
                          <Badge size="xs" variant="light" mr={4}>
                            {t(`renewals.changes.field.${f}` as MessageKey)}
                          </Badge>
                          {describeField(i18n, c, f)}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {c.entries
                        .slice(0, 3)
                        .map((e) => `${i18n.date(e.date)}${e.author ? ` ${e.author}` : ''}`)
                        .join(' · ') || t('renewals.changes.byHealth')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
