/** The account's weekly health over the last half year, with the band thresholds drawn in. */
import { LineChart } from '@mantine/charts';
import { Card, Text } from '@mantine/core';
import type { HealthHistoryPoint } from '../../../shared/api/views';
import { useI18n } from '../../i18n/i18nContext';

export function HealthHistoryChart({ history }: { history: HealthHistoryPoint[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const data = history.map((p) => ({ date: i18n.date(p.date), score: p.score }));
  return (
    <Card withBorder data-testid="health-history">
      <Text fw={600} mb="xs">
        {t('health.history')}
      </Text>
      <LineChart
        h={180}
        data={data}
        dataKey="date"
        series={[{ name: 'score', label: t('health.column'), color: 'indigo.6' }]}
        yAxisProps={{ domain: [0, 100], ticks: [0, 50, 75, 100] }}
        referenceLines={[
          { y: 50, color: 'red.4', label: '50' },
          { y: 75, color: 'teal.5', label: '75' },
        ]}
        curveType="linear"
        withDots={false}
        tickLine="none"
      />
      <Text size="xs" c="dimmed" mt={4}>
        {t('health.historyReconstructed')}
      </Text>
    </Card>
  );
}
