/**
 * The system probability of a renewal from its account's health band (DESIGN.md §6): the team's
 * own renewal rate per band once that band has at least 20 closed renewals in the last year,
 * else green 0.90, yellow 0.65, red 0.30. Each closed renewal is judged by the band its account
 * had 90 days before the contract ended, as calibration does; on a past day only renewals closed
 * by then count, so the forecast of that day can be rebuilt.
 */
import { BANDS, type Band } from '../../shared/domain/healthEnums';
import { addDays } from '../dates';
import { BAND_PROBABILITY } from '../health/calibration';

export const MIN_CLOSED_FOR_CALIBRATION = 20;
export const CALIBRATION_LOOKBACK_DAYS = 365;

export interface DatedOutcome {
  band: Band;
  renewed: boolean;
  endDate: string;
  closedDate: string;
}

export interface BandProbability {
  band: Band;
  probability: number;
  /** True when the team's own history gave it. */
  calibrated: boolean;
  closed: number;
  renewed: number;
}

export function systemProbabilities(
  outcomes: DatedOutcome[],
  day: string,
): Record<Band, BandProbability> {
  const since = addDays(day, -CALIBRATION_LOOKBACK_DAYS);
  const counts = Object.fromEntries(BANDS.map((b) => [b, { closed: 0, renewed: 0 }])) as Record<
    Band,
    { closed: number; renewed: number }
  >;
  for (const o of outcomes) {
    if (o.endDate <= since || o.endDate > day || o.closedDate > day) continue;
    counts[o.band].closed++;
    if (o.renewed) counts[o.band].renewed++;
  }
  return Object.fromEntries(
    BANDS.map((band) => {
      const { closed, renewed } = counts[band];
      const calibrated = closed >= MIN_CLOSED_FOR_CALIBRATION;
      return [
        band,
        {
          band,
          probability: calibrated ? renewed / closed : BAND_PROBABILITY[band],
          calibrated,
          closed,
          renewed,
        },
      ];
    }),
  ) as Record<Band, BandProbability>;
}

/**
 * An account with no score on the day (DESIGN.md §6) takes the yellow default — neither safe nor
 * at risk — not the team's calibrated yellow rate, which describes scored accounts.
 */
export function probabilityFor(
  probabilities: Record<Band, BandProbability>,
  band: Band | null,
): number {
  return band === null ? BAND_PROBABILITY.yellow : probabilities[band].probability;
}
