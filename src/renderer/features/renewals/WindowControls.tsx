/** The window, as-of day and reporting currency pickers above the renewals and KPI pages. */
import { Group, SegmentedControl, Select } from '@mantine/core';
import { useState } from 'react';
import { CURRENCIES, type Currency } from '../../../shared/domain/enums';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/i18nContext';
import { shiftDay, type ForecastWindow, type WindowPreset } from './forecastWindow';

export interface WindowControlsProps {
  value: ForecastWindow;
  today: string;
  presets: WindowPreset[];
  onPreset(preset: WindowPreset): void;
  onCustom(from: string, through: string): void;
  /** Omit to hide the currency picker. */
  onCurrency?(currency: Currency | ''): void;
  /** Omit to hide the as-of picker. */
  onAsOf?(asOf: string): void;
  reportingCurrency?: string;
}

export function WindowControls(props: WindowControlsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { value } = props;
  // A through day before the from day is kept and said, not snapped back, until it is put right.
  const [draft, setDraft] = useState<{ from: string; through: string } | null>(null);
  const shown = draft ?? { from: value.from, through: shiftDay(value.to, -1) };
  const choose = (from: string, through: string) => {
    if (through < from) return setDraft({ from, through });
    setDraft(null);
    props.onCustom(from, through);
  };
  const custom = value.preset === 'custom';
  return (
    <Group gap="sm" wrap="wrap" align="flex-start">
      <SegmentedControl
        aria-label={t('renewals.window')}
        value={value.preset}
        onChange={(v) => {
          setDraft(null);
          props.onPreset(v as WindowPreset);
        }}
        data={props.presets.map((p) => ({ value: p, label: t(`renewals.preset.${p}`) }))}
        mt={25}
      />
      <DateField
        label={t('renewals.from')}
        value={shown.from}
        disabled={!custom}
        onChange={(from) => choose(from, shown.through)}
        w={150}
        data-testid="window-from"
      />
      <DateField
        label={t('renewals.through')}
        value={shown.through}
        disabled={!custom}
        onChange={(through) => choose(shown.from, through)}
        error={
          custom && draft
            ? t('dates.throughBeforeFrom', { from: i18n.date(draft.from) })
            : undefined
        }
        w={custom && draft ? 240 : 150}
        data-testid="window-through"
      />
      {props.onAsOf ? (
        <DateField
          label={t('renewals.asOf')}
          value={value.asOf || props.today}
          maxDate={props.today}
          onChange={(day) => props.onAsOf?.(day >= props.today ? '' : day)}
          w={150}
          data-testid="forecast-as-of"
        />
      ) : null}
      {props.onCurrency ? (
        <Select
          label={t('renewals.currency')}
          data={CURRENCIES.map((c) => ({ value: c, label: c }))}
          value={value.currency || props.reportingCurrency || null}
          onChange={(v) => props.onCurrency?.((v ?? '') as Currency | '')}
          w={110}
          allowDeselect={false}
          data-testid="forecast-currency"
        />
      ) : null}
    </Group>
  );
}
