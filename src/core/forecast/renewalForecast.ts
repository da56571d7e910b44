/**
 * One renewal's forecast (DESIGN.md §6). The CSM's call wins over the system probability from
 * health; a call more than one band away from the system is flagged for review. Per open
 * renewal: expected retained = max(0, target × p − planned contraction); expansion = the planned
 * positive change × p when the CSM set one, else Σ amount × own probability of the open
 * expansion opportunities the renewal counts; expected = retained + expansion. Best case =
 * everything not lost at face value (target − contraction + unweighted expansion); worst case =
 * closed won plus committed renewals at their expected retained ARR, so worst ≤ expected ≤ best.
 * A renewal called lost expects nothing, expansion included. Closed renewals count at their
 * final ARR. Amounts are minor units of the renewal's currency, rounded per renewal.
 */
import type { Band } from '../../shared/domain/healthEnums';
import type { ForecastCall } from '../../shared/domain/enums';
import type { RenewalFigures, RenewalTerms } from '../../shared/api/forecastViews';
import { opportunityTotals, type OpenOpportunity } from './expansionOpportunities';

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

export function forecastRenewal(
  terms: RenewalTerms,
  system: SystemView,
  opportunities: OpenOpportunity[] = [],
): RenewalFigures {
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
      expansionSource: null,
      opportunityIds: [],
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
      expansionSource: null,
      opportunityIds: [],
    };
  }
  const call = terms.forecastCall;
  const p = call ? CALL_PROBABILITY[call] : system.probability;
  const planned = terms.expectedChangeMinor > 0;
  const fromOpportunities = !planned && opportunities.length > 0;
  const pipeline = opportunityTotals(fromOpportunities ? opportunities : []);
  const expansion = planned ? terms.expectedChangeMinor : pipeline.amount;
  const contraction = Math.min(target, Math.max(0, -terms.expectedChangeMinor));
  const expectedRetained = Math.max(0, Math.round(target * p - contraction));
  const expectedExpansion =
    call === 'lost' ? 0 : Math.round(planned ? expansion * p : pipeline.weighted);
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
    expansionSource: planned ? 'planned' : fromOpportunities ? 'opportunities' : null,
    opportunityIds: fromOpportunities ? opportunities.map((o) => o.id) : [],
  };
}
