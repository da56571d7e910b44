/**
 * The customer-success metrics of DESIGN.md §3, exactly as defined there, as pure functions.
 * Rates are ratios (0.25 = 25 %); a rate with nothing to divide by is null, never NaN.
 */
import type { LtvBreakdown, RenewalRates } from '../../shared/api/kpiViews';
import type { ArrMovements } from './arrMovements';

export type { LtvBreakdown, RenewalRates } from '../../shared/api/kpiViews';

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export interface SurveyAnswer {
  kind: string;
  score: number;
}

/** % promoters (9–10) − % detractors (0–6), −100…100. */
export function nps(answers: SurveyAnswer[]): number | null {
  const scores = answers.filter((a) => a.kind === 'nps').map((a) => a.score);
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return ((promoters - detractors) / scores.length) * 100;
}

/** Responses of 4 or 5 ÷ all CSAT responses × 100. */
export function csat(answers: SurveyAnswer[]): number | null {
  const scores = answers.filter((a) => a.kind === 'csat').map((a) => a.score);
  const satisfied = scores.filter((s) => s >= 4).length;
  const share = ratio(satisfied, scores.length);
  return share === null ? null : share * 100;
}

/** Mean of the 1–7 responses (7 = easiest). */
export function ces(answers: SurveyAnswer[]): number | null {
  const scores = answers.filter((a) => a.kind === 'ces').map((a) => a.score);
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

export interface RetentionMetrics {
  /** Accounts lost ÷ accounts active at the start (new accounts excluded). */
  logoChurn: number | null;
  /** (Churned ARR + contraction) ÷ ARR at the start. */
  grossRevenueChurn: number | null;
  /** 1 − gross revenue churn, never above 100 %. */
  grr: number | null;
  /** (Start + expansion − contraction − churn) ÷ start; new and reactivation excluded. */
  nrr: number | null;
  /** Expansion ÷ start ARR. */
  expansionRate: number | null;
}

export function retention(m: ArrMovements): RetentionMetrics {
  const grc = ratio(m.churn + m.contraction, m.startArr);
  return {
    logoChurn: ratio(m.lost, m.activeAtStart),
    grossRevenueChurn: grc,
    grr: grc === null ? null : Math.min(1, 1 - grc),
    nrr: ratio(m.startArr + m.expansion - m.contraction - m.churn, m.startArr),
    expansionRate: ratio(m.expansion, m.startArr),
  };
}

export interface DueRenewal {
  target: number;
  outcome: 'open' | 'renewed' | 'churned';
  /** The final ARR of a renewed contract (null while open). */
  finalArr: number | null;
}

export function renewalRates(renewals: DueRenewal[]): RenewalRates {
  const renewed = renewals.filter((r) => r.outcome === 'renewed');
  const target = renewals.reduce((sum, r) => sum + r.target, 0);
  const kept = renewed.reduce((sum, r) => sum + Math.min(r.finalArr ?? 0, r.target), 0);
  return {
    due: renewals.length,
    renewed: renewed.length,
    dueArr: target,
    renewedArr: kept,
    logo: ratio(renewed.length, renewals.length),
    arr: ratio(kept, target),
  };
}

/** Accounts in the green band ÷ active accounts. */
export function healthRate(bands: string[]): number | null {
  return ratio(bands.filter((b) => b === 'green').length, bands.length);
}

/**
 * LTV = ARPA × gross margin ÷ monthly revenue churn. ARPA is the monthly revenue per account
 * active at the start; the monthly churn is the period's gross revenue churn spread over its
 * months. Undefined (null) when nothing churned.
 */
export function ltv(m: ArrMovements, months: number, grossMargin = 1): number | null {
  return ltvBreakdown(m, months, grossMargin).value;
}

export function ltvBreakdown(m: ArrMovements, months: number, grossMargin = 1): LtvBreakdown {
  const arpa = m.activeAtStart > 0 ? m.startArr / m.activeAtStart / 12 : null;
  const monthlyChurn =
    m.startArr > 0 && months > 0 ? (m.churn + m.contraction) / m.startArr / months : null;
  const value =
    arpa !== null && monthlyChurn !== null && monthlyChurn > 0
      ? (arpa * grossMargin) / monthlyChurn
      : null;
  return { arpa, monthlyChurn, grossMargin, months, value };
}
