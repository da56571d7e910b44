/** An account's score and band as a small badge (red < 50, yellow 50–74, green ≥ 75). */
import { Badge, Tooltip } from '@mantine/core';
import type { NotScoredReason } from '../../../shared/domain/healthEnums';
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

/** In place of the badge for an account with no score today, with the reason on hover. */
export function NotScoredBadge({ reason }: { reason: NotScoredReason }) {
  const { t } = useI18n();
  return (
    <Tooltip label={t(`health.notScored.${reason}`)} multiline maw={320}>
      <Badge color="gray" variant="light" data-testid="health-badge" data-band="none">
        {t('health.noScore')}
      </Badge>
    </Tooltip>
  );
}
