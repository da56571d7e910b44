/**
 * Calibration of the health score against what happened (DESIGN.md §4): for closed renewals,
 * per band the share that renewed, and the Brier score of the band's implied probability beside
 * that of a constant forecast — the base rate, every renewal given the overall share renewed — so
 * one can see whether the bands tell renewals apart at all.
 */
import { BANDS, type Band } from '../../shared/domain/healthEnums';

/** The renewal probability a band implies before the team has its own history (DESIGN.md §6). */
export const BAND_PROBABILITY: Record<Band, number> = { green: 0.9, yellow: 0.65, red: 0.3 };

export interface ClosedOutcome {
  band: Band;
  renewed: boolean;
}

export interface Calibration {
  bands: {
    band: Band;
    probability: number;
    closed: number;
    renewed: number;
    rate: number | null;
  }[];
  closed: number;
  brier: number | null;
  /** The Brier score of forecasting the base rate (`renewalRate`) for every renewal. */
  constantBrier: number | null;
  renewalRate: number | null;
}

export function calibrate(
  outcomes: ClosedOutcome[],
  probability: Record<Band, number> = BAND_PROBABILITY,
): Calibration {
  let squared = 0;
  let renewed = 0;
  const bands = BANDS.map((band) => ({
    band,
    probability: probability[band],
    closed: 0,
    renewed: 0,
  }));
  for (const o of outcomes) {
    const row = bands[BANDS.indexOf(o.band)];
    if (!row) continue;
    row.closed++;
    if (o.renewed) {
      row.renewed++;
      renewed++;
    }
    squared += (probability[o.band] - (o.renewed ? 1 : 0)) ** 2;
  }
  const closed = outcomes.length;
  const rate = closed ? renewed / closed : null;
  return {
    bands: bands.map((b) => ({ ...b, rate: b.closed ? b.renewed / b.closed : null })),
    closed,
    brier: closed ? squared / closed : null,
    // Forecasting r, the share renewed, for all: the renewed share r misses by 1 − r and the
    // rest by r, so Σ (r − o)² ÷ n = r(1 − r)² + (1 − r)r² = r(1 − r).
    constantBrier: rate === null ? null : rate * (1 - rate),
    renewalRate: rate,
  };
}
