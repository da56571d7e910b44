/** How good the forecast was: for renewals of the window that closed, the forecast of 90 and 30
 * days before the contract ended against what they closed at. */
import { Card, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { AccuracyTotals } from '../../../shared/api/forecastViews';
import { useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { callLabel } from './describeForecast';
import type { ForecastWindow } from './forecastWindow';
import { RefreshProblem } from '../../components/RefreshProblem';

function Stat({ label, value, help }: { label: string; value: string; help?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
      {help ? (
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      ) : null}
    </Card>
  );
}

export function AccuracyTab({ window }: { window: ForecastWindow }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error } = useQuery('forecast:accuracy', {
    from: window.from,
    to: window.to,
    currency: window.currency,
  });
  if (error && !data) return <Text c="red">{error.message}</Text>;
  if (!data) return null;
  const main: { currency: string; totals: AccuracyTotals } | null =
    data.reporting && data.reporting.totals.renewals > 0
      ? data.reporting
      : (data.byCurrency[0] ?? null);
  const err = (v: number | null) => (v === null ? '—' : i18n.percent(v));
  return (
    <Stack gap="sm">
      <RefreshProblem error={error} />
      <Text size="sm" c="dimmed">
        {t('renewals.accuracy.intro')}
      </Text>
      {main ? (
        <SimpleGrid cols={{ base: 2, sm: 5 }} data-testid="accuracy-totals">
          <Stat label={t('renewals.accuracy.closed')} value={i18n.number(main.totals.renewals)} />
          <Stat
            label={t('renewals.accuracy.actual')}
            value={i18n.money(main.totals.actual, main.currency)}
          />
          <Stat
            label={t('renewals.accuracy.forecast90')}
            value={i18n.money(main.totals.forecast90, main.currency)}
            help={t('renewals.accuracy.error', { error: err(main.totals.error90) })}
          />
          <Stat
            label={t('renewals.accuracy.forecast30')}
            value={i18n.money(main.totals.forecast30, main.currency)}
            help={t('renewals.accuracy.error', { error: err(main.totals.error30) })}
          />
          <Stat
            label={t('renewals.total.due')}
            value={i18n.money(main.totals.target, main.currency)}
          />
        </SimpleGrid>
      ) : null}
      {data.rows.length === 0 ? (
        <Text c="dimmed">{t('renewals.accuracy.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="accuracy-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('renewals.col.account')}</Table.Th>
                <Table.Th>{t('renewals.col.ends')}</Table.Th>
                <Table.Th ta="right">{t('renewals.col.target')}</Table.Th>
                <Table.Th>{t('renewals.accuracy.at90')}</Table.Th>
                <Table.Th>{t('renewals.accuracy.at30')}</Table.Th>
                <Table.Th ta="right">{t('renewals.accuracy.actual')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.slice(0, 500).map((r) => (
                <Table.Tr key={r.contractId}>
                  <Table.Td>{r.accountName}</Table.Td>
                  <Table.Td>{i18n.date(r.endDate)}</Table.Td>
                  <Table.Td ta="right">{i18n.money(r.targetArrMinor, r.currency)}</Table.Td>
                  {[r.at90, r.at30].map((at, i) => (
                    <Table.Td key={i}>
                      {at
                        ? `${i18n.money(at.expected, r.currency)} (${callLabel(i18n, at.call)}, ${i18n.percent(at.probability)})`
                        : t('renewals.accuracy.unknown')}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{i18n.money(r.actualArrMinor, r.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data.rows.length > 500 ? (
        <Text size="xs" c="dimmed">
          {t('renewals.accuracy.more', { count: i18n.number(data.rows.length - 500) })}
        </Text>
      ) : null}
    </Stack>
  );
}
