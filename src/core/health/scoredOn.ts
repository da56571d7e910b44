/**
 * Which accounts have a health score on a day (DESIGN.md §4): those with a contract in force
 * (start ≤ day < end, not cancelled), or whose latest contract ended less than 90 days before with
 * its renewal still open — and whose stage is not overridden to churned. Everyone else has no
 * score, says why, and counts in no health rate.
 */
import { daysBetween } from '../dates';
import type { NotScoredReason } from '../../shared/domain/healthEnums';
import type { ContractSignal } from './accountSignals';

export type { NotScoredReason } from '../../shared/domain/healthEnums';

export const OVERDUE_SCORED_DAYS = 90;

export type Scoring = { scored: true } | { scored: false; reason: NotScoredReason };

/** Whether a contract's renewal was still open at the end of a day. */
export function renewalOpenOn(c: ContractSignal, day: string): boolean {
  return c.renewalClosed === null || (c.renewalClosed !== '' && c.renewalClosed > day);
}

export function inForceOn(c: ContractSignal, day: string): boolean {
  return c.status !== 'cancelled' && c.startDate !== '' && c.startDate <= day && day < c.endDate;
}

export function scoringOn(contracts: ContractSignal[], day: string, stageOverride = ''): Scoring {
  if (stageOverride === 'churned') return { scored: false, reason: 'churned' };
  let counted = 0;
  let latestEnd = '';
  for (const c of contracts) {
    if (c.status === 'cancelled' || c.startDate === '') continue;
    counted++;
    if (inForceOn(c, day)) return { scored: true };
    if (c.endDate <= day && c.endDate > latestEnd) latestEnd = c.endDate;
  }
  if (counted === 0) return { scored: false, reason: 'no_contract' };
  if (latestEnd === '') return { scored: false, reason: 'not_started' };
  if (daysBetween(latestEnd, day) >= OVERDUE_SCORED_DAYS)
    return { scored: false, reason: 'lapsed' };
  const open = contracts.some(
    (c) => c.status !== 'cancelled' && c.endDate === latestEnd && renewalOpenOn(c, day),
  );
  return open ? { scored: true } : { scored: false, reason: 'lapsed' };
}
