/** The segment and health-band filters the portfolio and the renewals lists share. */
import { Select } from '@mantine/core';
import { SEGMENTS } from '../../shared/domain/enums';
import { BANDS } from '../../shared/domain/healthEnums';
import { useI18n } from '../i18n/i18nContext';

interface FilterProps {
  value: string;
  onChange(value: string | null): void;
  w?: number;
}

export function SegmentFilter({ value, onChange, w = 150 }: FilterProps) {
  const { t, label } = useI18n();
  return (
    <Select
      clearable
      placeholder={t('field.segment')}
      aria-label={t('field.segment')}
      data={SEGMENTS.map((s) => ({ value: s, label: label(s) }))}
      value={value || null}
      onChange={onChange}
      w={w}
    />
  );
}

/** Green, yellow, red or not scored. */
export function BandFilter({ value, onChange, w = 140 }: FilterProps) {
  const { t } = useI18n();
  return (
    <Select
      clearable
      placeholder={t('health.anyBand')}
      aria-label={t('health.column')}
      data={[
        ...[...BANDS].reverse().map((b) => ({ value: b, label: t(`health.band.${b}`) })),
        { value: 'none', label: t('health.noScore') },
      ]}
      value={value || null}
      onChange={onChange}
      w={w}
    />
  );
}
