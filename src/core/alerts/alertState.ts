/**
 * Whether an alert shows as open, snoozed or resolved, from the synced decisions people made
 * about that account's alert of that type. The latest decision counts; a resolution covers the
 * episode it was made in, so the alert opens again when its condition began after it.
 */
import type { AlertAction, AlertState } from '../../shared/domain/healthEnums';

export interface AlertDecision {
  action: AlertAction;
  date: string;
  until: string;
  note: string;
  author: string;
  /** Orders decisions made on the same day (the record's creation timestamp). */
  createdAt: string;
}

export interface AlertStatus {
  state: AlertState;
  /** The decision behind a snoozed or resolved state. */
  decision: AlertDecision | null;
}

export function latestDecision(decisions: AlertDecision[]): AlertDecision | null {
  let latest: AlertDecision | null = null;
  for (const d of decisions) {
    if (
      !latest ||
      d.date > latest.date ||
      (d.date === latest.date && d.createdAt > latest.createdAt)
    )
      latest = d;
  }
  return latest;
}

export function alertStatus(
  /** The day the alert's current episode began. */
  since: string,
  decisions: AlertDecision[],
  today: string,
): AlertStatus {
  const decision = latestDecision(decisions);
  if (!decision || decision.date < since) return { state: 'open', decision: null };
  if (decision.action === 'resolve') return { state: 'resolved', decision };
  if (decision.action === 'snooze' && decision.until > today) return { state: 'snoozed', decision };
  return { state: 'open', decision: null };
}
