/** An account's score and band as a small badge (red < 50, yellow 50–74, green ≥ 75). */
import { Badge } from '@mantine/core';
import type { HealthBand } from '../../../shared/api/views';
import { useI18n } from '../../i18n/i18nContext';

export const BAND_COLOR: Record<HealthBand, string> = {
  red: 'red',
  yellow: 'yellow',
  green: 'teal',
};

export function HealthBadge({
  score,
  band,
  label,
}: {
  score: number;
  band: HealthBand;
  /** Shown instead of "score · band". */
  label?: string;
}) {
  const { t } = useI18n();
  return (
    <Badge color={BAND_COLOR[band]} variant="light" data-testid="health-badge" data-band={band}>
      {label ?? `${score} · ${t(`health.band.${band}`)}`}
    </Badge>
  );
}
