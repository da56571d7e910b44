/** The window's forecast week by week, from the snapshots taken automatically each week. */
import { LineChart } from '@mantine/charts';
import { Card, Stack, Table, Text } from '@mantine/core';
import { toMajor } from '../../../shared/domain/currencies';
import { useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { headline } from './describeForecast';
import type { ForecastWindow } from './forecastWindow';
import { RefreshProblem } from '../../components/RefreshProblem';

const SERIES = ['due', 'best', 'expected', 'commit', 'worst'] as const;
const COLORS = {
  due: 'gray.5',
  best: 'teal.5',
  expected: 'indigo.6',
  commit: 'blue.4',
  worst: 'red.5',
};

export function TrendTab({ window }: { window: ForecastWindow }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error } = useQuery('forecast:trend', {
    from: window.from,
    to: window.to,
    currency: window.currency,
  });
  if (error && !data) return <Text c="red">{error.message}</Text>;
  if (!data) return null;
  const points = data.points
    .map((p) => ({ p, main: headline(p.totals) }))
    .filter((x) => x.main !== null);
  return (
    <Stack gap="sm">
      <RefreshProblem error={error} />
      <Text size="sm" c="dimmed">
        {t('renewals.trend.intro')}
      </Text>
      {points.length === 0 ? (
        <Text c="dimmed">{t('renewals.trend.none')}</Text>
      ) : (
        <>
          <Card withBorder data-testid="trend-chart">
            <LineChart
              h={260}
              data={points.map(({ p, main }) => ({
                week: i18n.date(p.takenOn),
                ...Object.fromEntries(
                  SERIES.map((s) => [s, toMajor(main?.totals[s] ?? 0, main?.currency ?? '')]),
                ),
              }))}
              dataKey="week"
              series={SERIES.map((s) => ({
                name: s,
                label: t(`renewals.total.${s}`),
                color: COLORS[s],
              }))}
              withLegend
              curveType="linear"
              valueFormatter={i18n.compact}
            />
            {points.some(({ p }) => p.rebuilt) ? (
              <Text size="xs" c="dimmed" mt={4}>
                {t('renewals.trend.rebuilt')}
              </Text>
            ) : null}
          </Card>
          <Table striped data-testid="trend-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('renewals.trend.week')}</Table.Th>
                {SERIES.map((s) => (
                  <Table.Th key={s} ta="right">
                    {t(`renewals.total.${s}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {points.map(({ p, main }) => (
                <Table.Tr key={p.week}>
                  <Table.Td>
                    {i18n.date(p.takenOn)}
                    {p.rebuilt ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        {t('renewals.trend.rebuiltMark')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  {SERIES.map((s) => (
                    <Table.Td key={s} ta="right">
                      {main ? i18n.money(main.totals[s], main.currency) : '—'}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
