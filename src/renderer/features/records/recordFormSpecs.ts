/** Which fields each record's form shows, and how. The account is implied by the page. */
import * as E from '../../../shared/domain/enums';
import type { RecordType } from '../../../shared/records/recordTypes';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'markdown'
  | 'select'
  | 'date'
  | 'money'
  | 'integer'
  | 'decimal'
  | 'boolean'
  | 'tags'
  | 'stakeholders'
  | 'stakeholder'
  | 'contract'
  | 'stars';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  options?: readonly string[];
  /** Lets the form offer an empty choice for an optional select. */
  optional?: boolean;
  required?: boolean;
  /** For money: the field holding its currency. */
  currencyField?: string;
  wide?: boolean;
}

/**
 * Handovers have their own checklist; alert decisions, scorecards, renewals (with their history),
 * exchange rates and the deck branding their own screens.
 */
export type FormRecordType = Exclude<
  RecordType,
  | 'handovers'
  | 'alert_actions'
  | 'scorecards'
  | 'renewals'
  | 'renewal_changes'
  | 'exchange_rates'
  | 'branding'
>;

export const FORM_SPECS: Record<FormRecordType, FieldSpec[]> = {
  accounts: [
    { name: 'name', kind: 'text', required: true, wide: true },
    { name: 'industry', kind: 'text' },
    { name: 'segment', kind: 'select', options: E.SEGMENTS },
    { name: 'region', kind: 'text' },
    { name: 'owner', kind: 'text' },
    { name: 'currency', kind: 'select', options: E.CURRENCIES },
    { name: 'website', kind: 'text' },
    { name: 'stageOverride', kind: 'select', options: E.LIFECYCLE_STAGES, optional: true },
    { name: 'stageOverrideReason', kind: 'text' },
    { name: 'tags', kind: 'tags', wide: true },
    { name: 'notes', kind: 'markdown', wide: true },
  ],
  contracts: [
    { name: 'startDate', kind: 'date', required: true },
    { name: 'endDate', kind: 'date', required: true },
    { name: 'currency', kind: 'select', options: E.CURRENCIES },
    { name: 'arrMinor', kind: 'money', currencyField: 'currency', required: true },
    { name: 'seats', kind: 'integer' },
    { name: 'status', kind: 'select', options: E.CONTRACT_STATUSES },
    { name: 'renewalOf', kind: 'contract' },
    { name: 'paymentTerms', kind: 'text' },
    { name: 'discountPct', kind: 'decimal' },
    { name: 'modules', kind: 'tags', wide: true },
  ],
  stakeholders: [
    { name: 'name', kind: 'text', required: true },
    { name: 'title', kind: 'text' },
    { name: 'email', kind: 'text' },
    { name: 'phone', kind: 'text' },
    { name: 'role', kind: 'select', options: E.STAKEHOLDER_ROLES },
    { name: 'influence', kind: 'integer' },
    { name: 'sentiment', kind: 'select', options: E.SENTIMENTS },
    { name: 'reportsTo', kind: 'stakeholder' },
    { name: 'status', kind: 'select', options: E.STAKEHOLDER_STATUSES },
    { name: 'departedDate', kind: 'date' },
    { name: 'isUser', kind: 'boolean' },
  ],
  touchpoints: [
    { name: 'date', kind: 'date', required: true },
    { name: 'kind', kind: 'select', options: E.TOUCHPOINT_KINDS },
    { name: 'summary', kind: 'text', required: true, wide: true },
    { name: 'sentiment', kind: 'select', options: E.SENTIMENTS },
    { name: 'attendeeIds', kind: 'stakeholders' },
    { name: 'internalAttendees', kind: 'tags', wide: true },
    { name: 'notes', kind: 'markdown', wide: true },
    { name: 'nextSteps', kind: 'textarea', wide: true },
  ],
  action_items: [
    { name: 'title', kind: 'text', required: true, wide: true },
    { name: 'owner', kind: 'text' },
    { name: 'dueDate', kind: 'date' },
    { name: 'status', kind: 'select', options: E.ACTION_STATUSES },
  ],
  objectives: [
    { name: 'title', kind: 'text', required: true, wide: true },
    { name: 'metric', kind: 'text' },
    { name: 'status', kind: 'select', options: E.OBJECTIVE_STATUSES },
    { name: 'startValue', kind: 'decimal' },
    { name: 'currentValue', kind: 'decimal' },
    { name: 'targetValue', kind: 'decimal' },
    { name: 'targetDate', kind: 'date' },
  ],
  milestones: [
    { name: 'title', kind: 'text', required: true, wide: true },
    { name: 'dueDate', kind: 'date', required: true },
    { name: 'status', kind: 'select', options: E.MILESTONE_STATUSES },
    { name: 'completedDate', kind: 'date' },
    { name: 'onboarding', kind: 'boolean' },
  ],
  usage_snapshots: [
    { name: 'date', kind: 'date', required: true },
    { name: 'activeUsers', kind: 'integer', required: true },
    { name: 'licensedSeats', kind: 'integer', required: true },
    { name: 'usageMinutes', kind: 'integer' },
    { name: 'modulesInUse', kind: 'tags', wide: true },
  ],
  survey_responses: [
    { name: 'kind', kind: 'select', options: E.SURVEY_KINDS, required: true },
    { name: 'score', kind: 'integer', required: true },
    { name: 'date', kind: 'date', required: true },
    { name: 'stakeholderId', kind: 'stakeholder' },
    { name: 'respondent', kind: 'text' },
    { name: 'comment', kind: 'textarea', wide: true },
  ],
  support_tickets: [
    { name: 'subject', kind: 'text', required: true, wide: true },
    { name: 'severity', kind: 'select', options: E.TICKET_SEVERITIES },
    { name: 'status', kind: 'select', options: E.TICKET_STATUSES },
    { name: 'openedDate', kind: 'date', required: true },
    { name: 'closedDate', kind: 'date' },
    { name: 'externalRef', kind: 'text' },
  ],
  expansion_opportunities: [
    { name: 'title', kind: 'text', required: true, wide: true },
    { name: 'kind', kind: 'select', options: E.OPPORTUNITY_KINDS },
    { name: 'status', kind: 'select', options: E.OPPORTUNITY_STATUSES },
    { name: 'currency', kind: 'select', options: E.CURRENCIES },
    { name: 'amountMinor', kind: 'money', currencyField: 'currency', required: true },
    { name: 'probability', kind: 'integer' },
    { name: 'expectedClose', kind: 'date' },
    { name: 'notes', kind: 'textarea', wide: true },
  ],
  product_feedback: [
    { name: 'kind', kind: 'select', options: E.FEEDBACK_KINDS },
    { name: 'area', kind: 'text' },
    { name: 'status', kind: 'select', options: E.FEEDBACK_STATUSES },
    { name: 'date', kind: 'date', required: true },
    { name: 'stakeholderId', kind: 'stakeholder' },
    { name: 'text', kind: 'textarea', required: true, wide: true },
  ],
  csm_pulses: [
    { name: 'stars', kind: 'stars', required: true },
    { name: 'date', kind: 'date', required: true },
    { name: 'note', kind: 'textarea', wide: true },
  ],
};
