/**
 * Which open expansion opportunities a renewal's forecast counts (DESIGN.md §6): each one counts
 * once, toward the earliest-ending open renewal of its account in its currency whose contract end
 * + 90 days it is expected to close by. One without an expected close date counts nowhere.
 */
import { addDays } from '../dates';

export const OPPORTUNITY_REACH_DAYS = 90;

export interface OpenOpportunity {
  id: string;
  accountId: string;
  title: string;
  currency: string;
  amountMinor: number;
  /** In percent, 0–100. */
  probability: number;
  expectedClose: string;
}

export interface OpenRenewalEnd {
  contractId: string;
  accountId: string;
  currency: string;
  endDate: string;
}

/** The opportunities each open renewal counts, by contract id. */
export function assignOpportunities(
  opportunities: OpenOpportunity[],
  openRenewals: OpenRenewalEnd[],
): Map<string, OpenOpportunity[]> {
  const byAccount = new Map<string, OpenRenewalEnd[]>();
  for (const r of openRenewals) {
    const list = byAccount.get(r.accountId);
    if (list) list.push(r);
    else byAccount.set(r.accountId, [r]);
  }
  for (const list of byAccount.values())
    list.sort((a, b) =>
      a.endDate === b.endDate
        ? a.contractId.localeCompare(b.contractId)
        : a.endDate.localeCompare(b.endDate),
    );
  const claims = new Map<string, OpenOpportunity[]>();
  for (const o of opportunities) {
    if (o.expectedClose === '') continue;
    const renewal = byAccount
      .get(o.accountId)
      ?.find(
        (r) =>
          r.currency === o.currency &&
          addDays(r.endDate, OPPORTUNITY_REACH_DAYS) >= o.expectedClose,
      );
    if (!renewal) continue;
    const list = claims.get(renewal.contractId);
    if (list) list.push(o);
    else claims.set(renewal.contractId, [o]);
  }
  return claims;
}

/** Σ amount and Σ amount × its own probability, in minor units (the weighted sum unrounded). */
export function opportunityTotals(opportunities: OpenOpportunity[]): {
  amount: number;
  weighted: number;
} {
  let amount = 0;
  let weighted = 0;
  for (const o of opportunities) {
    amount += o.amountMinor;
    weighted += (o.amountMinor * o.probability) / 100;
  }
  return { amount, weighted };
}
