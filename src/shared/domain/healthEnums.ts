/** The closed vocabularies of health, alerts and plays (DESIGN.md §4–5), shared by every layer. */

export const MEASURE_IDS = [
  'licenseUtilisation',
  'moduleAdoption',
  'usageTrend',
  'daysSinceTouchpoint',
  'daysSinceExecutiveTouchpoint',
  'nps',
  'csat',
  'ces',
  'openTickets',
  'activeChampion',
  'economicBuyerKnown',
  'stakeholdersMet',
  'milestonesOnTrack',
  'csmPulse',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export const GROUP_IDS = [
  'adoption',
  'engagement',
  'sentiment',
  'support',
  'relationship',
  'outcomes',
  'csmPulse',
] as const;
export type GroupId = (typeof GROUP_IDS)[number];

/**
 * Why an account has no health score on a day (DESIGN.md §4): no contract that counts, its first
 * contract not started yet, its contracts lapsed (renewal closed, or ended 90 days or more ago),
 * or its stage set to churned.
 */
export const NOT_SCORED_REASONS = ['no_contract', 'not_started', 'lapsed', 'churned'] as const;
export type NotScoredReason = (typeof NOT_SCORED_REASONS)[number];

/** Measures whose points come from two thresholds (full and zero, linear between). */
export const THRESHOLD_MEASURES = [
  'licenseUtilisation',
  'moduleAdoption',
  'usageTrend',
  'daysSinceTouchpoint',
  'daysSinceExecutiveTouchpoint',
  'stakeholdersMet',
] as const satisfies readonly MeasureId[];

export const BANDS = ['red', 'yellow', 'green'] as const;
export type Band = (typeof BANDS)[number];

/** The default alert rules of DESIGN.md §5, most urgent first. */
export const ALERT_TYPES = [
  'open_p1_ticket',
  'turned_red',
  'health_drop',
  'champion_departed',
  'renewal_at_risk',
  'detractor_response',
  'no_recent_touchpoint',
  'low_utilisation',
  'milestone_overdue',
] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

export const ALERT_SEVERITIES = ['high', 'medium', 'low'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** What a person decided about an alert: a synced record (the alert itself is computed). */
export const ALERT_ACTIONS = ['snooze', 'resolve', 'reopen'] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];

export const ALERT_STATES = ['open', 'snoozed', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];
