/** Charts of the KPI period: the ARR bridge from start to end, movements and NPS month by month. */
import { BarChart, LineChart } from '@mantine/charts';
import { Card, SimpleGrid, Text } from '@mantine/core';
import type { KpiSetView, KpiView } from '../../../shared/api/kpiViews';
import { toMajor } from '../../../shared/domain/currencies';
import { useI18n } from '../../i18n/i18nContext';

export function KpiCharts({ view, set }: { view: KpiView; set: KpiSetView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const major = (minor: number) => Math.round(toMajor(minor, set.currency));
  const mv = set.movements;
  const bridge = [
    { step: t('kpi.bridge.start'), arr: major(mv.startArr) },
    { step: t('kpi.card.new'), arr: major(mv.new) },
    { step: t('kpi.card.reactivation'), arr: major(mv.reactivation) },
    { step: t('kpi.card.expansion'), arr: major(mv.expansion) },
    { step: t('kpi.card.contraction'), arr: -major(mv.contraction) },
    { step: t('kpi.card.churn'), arr: -major(mv.churn) },
    { step: t('kpi.bridge.end'), arr: major(mv.endArr) },
  ];
  const months = view.monthly.map((mo) => ({
    month: mo.month,
    new: major(mo.movements.new),
    reactivation: major(mo.movements.reactivation),
    expansion: major(mo.movements.expansion),
    contraction: -major(mo.movements.contraction),
    churn: -major(mo.movements.churn),
    endArr: major(mo.movements.endArr),
    nps: mo.nps === null ? null : Math.round(mo.nps),
  }));
  const format = i18n.compact;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Card withBorder data-testid="kpi-bridge">
        <Text fw={600} mb="xs">
          {t('kpi.chart.bridge', { currency: set.currency })}
        </Text>
        <BarChart
          h={240}
          data={bridge}
          dataKey="step"
          series={[{ name: 'arr', label: 'ARR', color: 'indigo.6' }]}
          valueFormatter={format}
          tickLine="none"
        />
      </Card>
      <Card withBorder data-testid="kpi-monthly">
        <Text fw={600} mb="xs">
          {t('kpi.chart.monthly', { currency: set.currency })}
        </Text>
        <BarChart
          h={240}
          data={months}
          dataKey="month"
          type="stacked"
          withLegend
          series={[
            { name: 'new', label: t('kpi.card.new'), color: 'teal.6' },
            { name: 'reactivation', label: t('kpi.card.reactivation'), color: 'cyan.5' },
            { name: 'expansion', label: t('kpi.card.expansion'), color: 'blue.5' },
            { name: 'contraction', label: t('kpi.card.contraction'), color: 'orange.5' },
            { name: 'churn', label: t('kpi.card.churn'), color: 'red.6' },
          ]}
          valueFormatter={format}
          tickLine="none"
        />
      </Card>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('kpi.chart.arr', { currency: set.currency })}
        </Text>
        <LineChart
          h={200}
          data={months}
          dataKey="month"
          series={[{ name: 'endArr', label: 'ARR', color: 'indigo.6' }]}
          valueFormatter={format}
          curveType="linear"
          tickLine="none"
        />
      </Card>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('kpi.chart.nps')}
        </Text>
        <LineChart
          h={200}
          data={months}
          dataKey="month"
          series={[{ name: 'nps', label: 'NPS', color: 'grape.6' }]}
          yAxisProps={{ domain: [-100, 100] }}
          connectNulls
          curveType="linear"
          tickLine="none"
        />
      </Card>
    </SimpleGrid>
  );
}
