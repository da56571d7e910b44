/** The forecast of the window: roll-ups, filters and grouping, one row per renewal, exports. */
import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { takeForecastExport } from '../../app/pendingExport';
import type { ForecastFilters } from '../../../shared/api/forecastInputs';
import type { ForecastGroupBy } from '../../../shared/api/forecastViews';
import { FORECAST_CALLS } from '../../../shared/domain/enums';
import { BandFilter, SegmentFilter } from '../../components/FilterSelects';
import { call } from '../../api/transport';
import { useFileExport } from '../../api/useFileExport';
import { useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { probability } from './describeForecast';
import { ForecastTotalsCards } from './ForecastTotalsCards';
import type { ForecastWindow } from './forecastWindow';
import { RenewalModal } from './RenewalModal';
import { RenewalsTable } from './RenewalsTable';

const EMPTY: ForecastFilters = {
  owner: '',
  segment: '',
  band: '',
  call: '',
  status: '',
  flagged: false,
  q: '',
};
const GROUPS: ForecastGroupBy[] = ['none', 'month', 'quarter', 'owner', 'segment', 'currency'];

export function ForecastTab({ window, today }: { window: ForecastWindow; today: string }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const [filters, setFilters] = useState<ForecastFilters>(EMPTY);
  const [groupBy, setGroupBy] = useState<ForecastGroupBy>('none');
  const [open, setOpen] = useState<string | null>(null);
  const { exporting, run } = useFileExport();
  const query = { ...window, groupBy, filters, lang: i18n.lang };
  const { data, error } = useQuery('forecast:view', query);
  const set = (name: keyof ForecastFilters) => (value: string | null) =>
    setFilters((f) => ({ ...f, [name]: value ?? '' }));
  const exportAs = (format: 'csv' | 'xlsx') =>
    run(format, () => call('forecast:export', { ...query, format }));
  // "Export Renewal Forecast…" from the menu or its shortcut: the spreadsheet, once loaded.
  const loaded = data !== undefined;
  const latestExport = useRef(exportAs);
  const exportingNow = useRef(false);
  useEffect(() => {
    latestExport.current = exportAs;
    exportingNow.current = exporting !== null;
  });
  useEffect(() => {
    if (!loaded) return;
    const asked = () => {
      // One export at a time: a second request while one runs is dropped.
      if (takeForecastExport() && !exportingNow.current) void latestExport.current('xlsx');
    };
    asked();
    globalThis.addEventListener('outpost:export-forecast', asked);
    return () => globalThis.removeEventListener('outpost:export-forecast', asked);
  }, [loaded]);
  return (
    <Stack gap="sm">
      {error ? <Text c="red">{error.message}</Text> : null}
      {data ? <ForecastTotalsCards totals={data.totals} /> : null}
      {data ? (
        <Text size="xs" c="dimmed" data-testid="forecast-probabilities">
          {t('renewals.systemLine', {
            bands: data.probabilities
              .slice()
              .reverse()
              .map(
                (p) =>
                  `${t(`health.band.${p.band}`)} ${probability(i18n, p.probability)}${p.calibrated ? ` (${t('renewals.calibratedShort', { closed: i18n.number(p.closed) })})` : ''}`,
              )
              .join(' · '),
          })}
          {data.rates.length
            ? ` · ${t('renewals.ratesLine', {
                rates: data.rates
                  .map((r) => `1 ${r.from} = ${i18n.number(r.rate, 4)} ${r.to}`)
                  .join(', '),
              })}`
            : ''}
        </Text>
      ) : null}
      <Group gap="xs" wrap="wrap" align="flex-end">
        <TextInput
          placeholder={t('renewals.search')}
          aria-label={t('renewals.search')}
          value={filters.q}
          onChange={(e) => set('q')(e.currentTarget.value)}
          w={200}
        />
        <Select
          clearable
          searchable
          placeholder={t('field.owner')}
          aria-label={t('field.owner')}
          data={data?.owners ?? []}
          value={filters.owner || null}
          onChange={set('owner')}
          w={150}
        />
        <SegmentFilter value={filters.segment} onChange={set('segment')} w={140} />
        <BandFilter value={filters.band} onChange={set('band')} w={130} />
        <Select
          clearable
          placeholder={t('renewals.anyCall')}
          aria-label={t('renewals.col.call')}
          data={[
            ...FORECAST_CALLS.map((c) => ({ value: c, label: label(c) })),
            { value: 'none', label: t('renewals.noCall') },
          ]}
          value={filters.call || null}
          onChange={set('call')}
          w={130}
        />
        <Select
          clearable
          placeholder={t('renewals.anyStatus')}
          aria-label={t('renewals.col.status')}
          data={['open', 'overdue', 'closed', 'renewed', 'churned'].map((s) => ({
            value: s,
            label: t(`renewals.status.${s}` as never),
          }))}
          value={filters.status || null}
          onChange={set('status')}
          w={130}
        />
        <Checkbox
          label={t('renewals.flaggedOnly')}
          checked={filters.flagged}
          onChange={(e) => setFilters((f) => ({ ...f, flagged: e.currentTarget.checked }))}
        />
        <Select
          label={t('renewals.groupBy')}
          data={GROUPS.map((g) => ({ value: g, label: t(`renewals.group.${g}`) }))}
          value={groupBy}
          onChange={(v) => setGroupBy((v as ForecastGroupBy | null) ?? 'none')}
          allowDeselect={false}
          w={140}
        />
        <Group gap="xs" ml="auto">
          <Button
            variant="default"
            loading={exporting === 'csv'}
            onClick={() => void exportAs('csv')}
          >
            {t('renewals.exportCsv')}
          </Button>
          <Button
            variant="default"
            loading={exporting === 'xlsx'}
            onClick={() => void exportAs('xlsx')}
          >
            {t('renewals.exportXlsx')}
          </Button>
        </Group>
      </Group>
      {data ? (
        <>
          <Text size="xs" c="dimmed" data-testid="renewals-count">
            {i18n.plural('renewals.shown', data.unfiltered, {
              shown: i18n.number(data.rows.length),
            })}
            {data.asOf !== data.today
              ? ` · ${t('renewals.asOfNote', { date: i18n.date(data.asOf) })}`
              : ''}
          </Text>
          <RenewalsTable
            rows={data.rows}
            groups={data.groups}
            groupBy={groupBy}
            onOpen={(row) => setOpen(row.contractId)}
          />
        </>
      ) : null}
      <RenewalModal contractId={open} today={today} onClose={() => setOpen(null)} />
    </Stack>
  );
}
