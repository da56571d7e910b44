/**
 * Lifecycle stage derived from contracts (DESIGN.md §5) unless a person overrode it.
 * Renewal (≤ 90 days before the current contract ends, with no follow-on contract yet) wins over
 * onboarding/adoption/steady, because that is what the CSM must act on first.
 */
import type { LifecycleStage } from '../../shared/domain/enums';
import { daysBetween } from '../dates';

export interface StageContract {
  id: string;
  startDate: string;
  endDate: string;
  status: string;
  renewalOf: string;
}

export const ONBOARDING_DAYS = 90;
export const ADOPTION_END_DAYS = 270;
export const RENEWAL_WINDOW_DAYS = 90;

/** The contract in force on `today` (the latest-starting one if several), if any. */
export function currentContract<C extends StageContract>(
  contracts: C[],
  today: string,
): C | undefined {
  let current: C | undefined;
  for (const c of contracts) {
    if (c.status === 'cancelled' || c.startDate > today || c.endDate <= today) continue;
    if (!current || c.startDate > current.startDate) current = c;
  }
  return current;
}

/**
 * The contract in force when it ends within the renewal window and nothing follows it yet (no
 * contract renewing it or starting when it ends): the renewal the CSM must work on.
 */
export function dueForRenewal<C extends StageContract>(contracts: C[], today: string): C | null {
  const live = contracts.filter((c) => c.status !== 'cancelled');
  const current = currentContract(live, today);
  if (!current || daysBetween(today, current.endDate) > RENEWAL_WINDOW_DAYS) return null;
  const renewed = live.some(
    (c) => c.renewalOf === current.id || (c.startDate >= current.endDate && c.id !== current.id),
  );
  return renewed ? null : current;
}

export function lifecycleStage(
  contracts: StageContract[],
  today: string,
  override: LifecycleStage | '' = '',
): LifecycleStage {
  if (override) return override;
  const live = contracts.filter((c) => c.status !== 'cancelled');
  if (live.length === 0) return 'onboarding';
  const firstStart = live.reduce(
    (min, c) => (c.startDate < min ? c.startDate : min),
    live[0]?.startDate ?? today,
  );
  const current = currentContract(live, today);
  if (!current) {
    const upcoming = live.some((c) => c.startDate > today);
    return upcoming ? 'onboarding' : 'churned';
  }
  if (dueForRenewal(live, today)) return 'renewal';
  const age = daysBetween(firstStart, today);
  if (age < ONBOARDING_DAYS) return 'onboarding';
  if (age < ADOPTION_END_DAYS) return 'adoption';
  return 'steady';
}
