/** The window, as-of day and reporting currency pickers above the renewals and KPI pages. */
import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { CURRENCIES, type Currency } from '../../../shared/domain/enums';
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
  const { t } = useI18n();
  const { value } = props;
  const through = shiftDay(value.to, -1);
  const valid = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day);
  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      <SegmentedControl
        aria-label={t('renewals.window')}
        value={value.preset}
        onChange={(v) => props.onPreset(v as WindowPreset)}
        data={props.presets.map((p) => ({ value: p, label: t(`renewals.preset.${p}`) }))}
      />
      <TextInput
        type="date"
        label={t('renewals.from')}
        value={value.from}
        disabled={value.preset !== 'custom'}
        onChange={(e) => {
          const from = e.currentTarget.value;
          if (valid(from)) props.onCustom(from, through < from ? from : through);
        }}
        w={150}
      />
      <TextInput
        type="date"
        label={t('renewals.through')}
        value={through}
        disabled={value.preset !== 'custom'}
        onChange={(e) => {
          const last = e.currentTarget.value;
          if (valid(last) && last >= value.from) props.onCustom(value.from, last);
        }}
        w={150}
      />
      {props.onAsOf ? (
        <TextInput
          type="date"
          label={t('renewals.asOf')}
          value={value.asOf || props.today}
          max={props.today}
          onChange={(e) => {
            const day = e.currentTarget.value;
            props.onAsOf?.(!valid(day) || day >= props.today ? '' : day);
          }}
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
