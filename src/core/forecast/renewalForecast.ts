/**
 * One renewal's forecast (DESIGN.md §6). The CSM's call wins over the system probability from
 * health; a call more than one band away from the system is flagged for review. Per renewal:
 * expected ARR = target × p − planned contraction + expansion × p (expansion only comes with the
 * renewal), floored at nothing kept; best case = everything not lost at face value; worst case =
 * closed won plus committed renewals at their expected retained ARR, so worst ≤ expected ≤ best.
 * Closed renewals count at their final ARR. Amounts are minor units of the renewal's currency.
 */
import type { Band } from '../../shared/domain/healthEnums';
import type { ForecastCall } from '../../shared/domain/enums';
import type { RenewalFigures, RenewalTerms } from '../../shared/api/forecastViews';

export type { RenewalFigures, RenewalTerms } from '../../shared/api/forecastViews';

export const CALL_PROBABILITY: Record<ForecastCall, number> = {
  commit: 0.95,
  likely: 0.75,
  at_risk: 0.4,
  lost: 0,
};

/** Calls and bands on one scale, to tell how far a call is from the system's view. */
const CALL_LEVEL: Record<ForecastCall, number> = { commit: 3, likely: 2, at_risk: 1, lost: 0 };
const BAND_LEVEL: Record<Band, number> = { green: 3, yellow: 2, red: 1 };

/** What health says about the account: its band and the probability that band implies. */
export interface SystemView {
  band: Band | null;
  probability: number;
}

export function isFlagged(call: ForecastCall | '', band: Band | null): boolean {
  if (!call || !band) return false;
  return Math.abs(CALL_LEVEL[call] - BAND_LEVEL[band]) > 1;
}

export function forecastRenewal(terms: RenewalTerms, system: SystemView): RenewalFigures {
  const target = terms.targetArrMinor;
  if (terms.outcome === 'renewed') {
    const final = terms.finalArrMinor ?? 0;
    const retained = Math.min(final, target);
    return {
      probability: 1,
      source: 'closed',
      flagged: false,
      expansion: Math.max(0, final - target),
      contraction: Math.max(0, target - final),
      expectedRetained: retained,
      expectedExpansion: final - retained,
      expected: final,
      best: final,
      worst: final,
      commit: 0,
      closedWon: final,
    };
  }
  if (terms.outcome === 'churned') {
    return {
      probability: 0,
      source: 'closed',
      flagged: false,
      expansion: 0,
      contraction: 0,
      expectedRetained: 0,
      expectedExpansion: 0,
      expected: 0,
      best: 0,
      worst: 0,
      commit: 0,
      closedWon: 0,
    };
  }
  const call = terms.forecastCall;
  const p = call ? CALL_PROBABILITY[call] : system.probability;
  const expansion = Math.max(0, terms.expectedChangeMinor);
  const contraction = Math.min(target, Math.max(0, -terms.expectedChangeMinor));
  const expectedRetained = Math.max(0, Math.round(target * p - contraction));
  const expectedExpansion = p > 0 ? Math.round(expansion * p) : 0;
  return {
    probability: p,
    source: call ? 'call' : 'system',
    flagged: isFlagged(call, system.band),
    expansion,
    contraction,
    expectedRetained,
    expectedExpansion,
    expected: expectedRetained + expectedExpansion,
    best: call === 'lost' ? 0 : target - contraction + expansion,
    worst: call === 'commit' ? expectedRetained : 0,
    commit: call === 'commit' ? expectedRetained : 0,
    closedWon: 0,
  };
}
