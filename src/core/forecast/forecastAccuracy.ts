/**
 * Forecast accuracy for closed renewals (DESIGN.md §6): the forecast 90 and 30 days before each
 * contract ended against what it closed at. The error is Σ |forecast − actual| ÷ Σ target — the
 * share of the ARR that was up for renewal the forecast missed by — so a portfolio of churns,
 * where the actual is 0, still has one.
 */
import type { AccuracyTotals } from '../../shared/api/forecastViews';

export interface AccuracyInput {
  targetArrMinor: number;
  actualArrMinor: number;
  /** Expected ARR forecast then (null when the renewal was not known yet). */
  forecast90: number | null;
  forecast30: number | null;
}

export function accuracyTotals(rows: AccuracyInput[]): AccuracyTotals {
  let target = 0;
  let actual = 0;
  let forecast90 = 0;
  let forecast30 = 0;
  let miss90 = 0;
  let miss30 = 0;
  for (const r of rows) {
    target += r.targetArrMinor;
    actual += r.actualArrMinor;
    // A renewal nobody knew of yet was forecast at nothing.
    const f90 = r.forecast90 ?? 0;
    const f30 = r.forecast30 ?? 0;
    forecast90 += f90;
    forecast30 += f30;
    miss90 += Math.abs(f90 - r.actualArrMinor);
    miss30 += Math.abs(f30 - r.actualArrMinor);
  }
  return {
    renewals: rows.length,
    target,
    actual,
    forecast90,
    forecast30,
    error90: target > 0 ? miss90 / target : null,
    error30: target > 0 ? miss30 / target : null,
  };
}
