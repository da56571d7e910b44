/** The closed vocabularies of the domain model (DESIGN.md §2), shared by every layer. */

export const SEGMENTS = ['enterprise', 'mid_market', 'smb'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const LIFECYCLE_STAGES = ['onboarding', 'adoption', 'steady', 'renewal', 'churned'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'SGD', 'HKD', 'AUD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const CONTRACT_STATUSES = ['active', 'renewed', 'churned', 'cancelled'] as const;
export const FORECAST_CALLS = ['commit', 'likely', 'at_risk', 'lost'] as const;
export type ForecastCall = (typeof FORECAST_CALLS)[number];
export const RENEWAL_OUTCOMES = ['open', 'renewed', 'churned'] as const;
export type RenewalOutcome = (typeof RENEWAL_OUTCOMES)[number];
/** Why a customer left: the reason codes a churned renewal is closed with. */
export const CHURN_REASONS = [
  'budget',
  'low_adoption',
  'competitor',
  'champion_left',
  'acquired',
  'product_gap',
  'price',
  'consolidation',
  'other',
] as const;
/** What one entry of a renewal's history did: changed the forecast, closed it or reopened it. */
export const RENEWAL_CHANGE_KINDS = ['forecast', 'close', 'reopen'] as const;
export type RenewalChangeKind = (typeof RENEWAL_CHANGE_KINDS)[number];

export const STAKEHOLDER_ROLES = [
  'economic_buyer',
  'executive_sponsor',
  'champion',
  'decision_maker',
  'user',
  'influencer',
  'blocker',
] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export const STAKEHOLDER_STATUSES = ['active', 'departed'] as const;

export const TOUCHPOINT_KINDS = [
  'onsite_visit',
  'meeting',
  'call',
  'email',
  'qbr',
  'training',
  'support_escalation',
] as const;

export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export const OBJECTIVE_STATUSES = ['on_track', 'at_risk', 'achieved', 'missed'] as const;
export const MILESTONE_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;

export const HANDOVER_ITEMS = [
  'contacts',
  'contract_details',
  'needs_expectations',
  'history',
  'implementation_plan',
  'support_needs',
  'key_stakeholders',
  'expected_problems',
  'sales_feedback',
] as const;
export type HandoverItem = (typeof HANDOVER_ITEMS)[number];

export const SURVEY_KINDS = ['nps', 'csat', 'ces'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];
export const SURVEY_RANGES: Record<SurveyKind, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

export const TICKET_SEVERITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const TICKET_STATUSES = ['open', 'pending', 'closed'] as const;
export const OPPORTUNITY_KINDS = ['upsell', 'cross_sell', 'seat_growth', 'referral'] as const;
export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost'] as const;
export const FEEDBACK_KINDS = ['request', 'complaint'] as const;
export const FEEDBACK_STATUSES = ['new', 'under_review', 'planned', 'shipped', 'declined'] as const;
