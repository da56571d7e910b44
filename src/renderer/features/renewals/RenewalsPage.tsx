/**
 * Renewals (DESIGN.md §6): what is up for renewal in a window, the calls on it and the roll-ups;
 * what changed since last week; how accurate past forecasts were; the weekly trend.
 */
import { Group, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { AccuracyTab } from './AccuracyTab';
import { ChangesTab } from './ChangesTab';
import { ForecastTab } from './ForecastTab';
import { useForecastWindow } from './forecastWindow';
import { TrendTab } from './TrendTab';
import { WindowControls } from './WindowControls';

export function RenewalsPage() {
  const info = useQuery('app:info', {});
  if (!info.data) return <Loader />;
  return <RenewalsView today={info.data.today} homeCurrency={info.data.reportingCurrency} />;
}

function RenewalsView({ today, homeCurrency }: { today: string; homeCurrency: string }) {
  const { t } = useI18n();
  const window = useForecastWindow(today, 'renewals', 'thisQuarter');
  const [tab, setTab] = useState('forecast');
  // "Export Renewal Forecast…" while another tab is open: the forecast opens, and exports.
  useEffect(() => {
    const toForecast = () => setTab('forecast');
    globalThis.addEventListener('outpost:export-forecast', toForecast);
    return () => globalThis.removeEventListener('outpost:export-forecast', toForecast);
  }, []);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('renewals.title')}</Title>
        <WindowControls
          value={window.value}
          today={today}
          presets={['lastQuarter', 'thisQuarter', 'nextQuarter', 'custom']}
          onPreset={window.setPreset}
          onCustom={window.setCustom}
          onAsOf={window.setAsOf}
          onCurrency={window.setCurrency}
          reportingCurrency={homeCurrency}
        />
      </Group>
      <Tabs value={tab} onChange={(v) => setTab(v ?? 'forecast')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="forecast">{t('renewals.tab.forecast')}</Tabs.Tab>
          <Tabs.Tab value="changes">{t('renewals.tab.changes')}</Tabs.Tab>
          <Tabs.Tab value="accuracy">{t('renewals.tab.accuracy')}</Tabs.Tab>
          <Tabs.Tab value="trend">{t('renewals.tab.trend')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="forecast" pt="sm">
          <ForecastTab window={window.value} today={today} />
        </Tabs.Panel>
        <Tabs.Panel value="changes" pt="sm">
          <ChangesTab window={window.value} today={today} />
        </Tabs.Panel>
        <Tabs.Panel value="accuracy" pt="sm">
          <AccuracyTab window={window.value} />
        </Tabs.Panel>
        <Tabs.Panel value="trend" pt="sm">
          <TrendTab window={window.value} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
