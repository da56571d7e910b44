/**
 * Every synced record type, keyed by its table name, with the schema of its editable fields.
 * A record as stored adds the system fields every synced row has (DESIGN.md §2).
 */
import type { z } from 'zod';
import { accountFields } from './accountRecord';
import { alertActionFields } from './alertActionRecord';
import { csmPulseFields } from './csmPulseRecord';
import { scorecardFields } from './scorecardRecord';
import { actionItemFields } from './actionItemRecord';
import { contractFields } from './contractRecord';
import { expansionOpportunityFields } from './expansionOpportunityRecord';
import { handoverFields } from './handoverRecord';
import { milestoneFields } from './milestoneRecord';
import { objectiveFields } from './objectiveRecord';
import { productFeedbackFields } from './productFeedbackRecord';
import { renewalFields } from './renewalRecord';
import { renewalChangeFields } from './renewalChangeRecord';
import { exchangeRateFields } from './exchangeRateRecord';
import { brandingFields } from './brandingRecord';
import { stakeholderFields } from './stakeholderRecord';
import { supportTicketFields } from './supportTicketRecord';
import { surveyResponseFields } from './surveyResponseRecord';
import { touchpointFields } from './touchpointRecord';
import { usageSnapshotFields } from './usageSnapshotRecord';

export const RECORD_SCHEMAS = {
  accounts: accountFields,
  contracts: contractFields,
  renewals: renewalFields,
  stakeholders: stakeholderFields,
  touchpoints: touchpointFields,
  action_items: actionItemFields,
  objectives: objectiveFields,
  milestones: milestoneFields,
  handovers: handoverFields,
  usage_snapshots: usageSnapshotFields,
  survey_responses: surveyResponseFields,
  support_tickets: supportTicketFields,
  expansion_opportunities: expansionOpportunityFields,
  product_feedback: productFeedbackFields,
  csm_pulses: csmPulseFields,
  alert_actions: alertActionFields,
  scorecards: scorecardFields,
  renewal_changes: renewalChangeFields,
  exchange_rates: exchangeRateFields,
  branding: brandingFields,
} as const;

export type RecordType = keyof typeof RECORD_SCHEMAS;
export const RECORD_TYPES = Object.keys(RECORD_SCHEMAS) as RecordType[];

export interface SystemFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
}

export type RecordFields<T extends RecordType> = z.output<(typeof RECORD_SCHEMAS)[T]>;
export type RecordInput<T extends RecordType> = z.input<(typeof RECORD_SCHEMAS)[T]>;
export type StoredRecord<T extends RecordType> = RecordFields<T> & SystemFields;

export type Account = StoredRecord<'accounts'>;
export type Contract = StoredRecord<'contracts'>;
export type Renewal = StoredRecord<'renewals'>;
export type Stakeholder = StoredRecord<'stakeholders'>;
export type Touchpoint = StoredRecord<'touchpoints'>;
export type ActionItem = StoredRecord<'action_items'>;
export type Objective = StoredRecord<'objectives'>;
export type Milestone = StoredRecord<'milestones'>;
export type Handover = StoredRecord<'handovers'>;
export type UsageSnapshot = StoredRecord<'usage_snapshots'>;
export type SurveyResponse = StoredRecord<'survey_responses'>;
export type SupportTicket = StoredRecord<'support_tickets'>;
export type ExpansionOpportunity = StoredRecord<'expansion_opportunities'>;
export type ProductFeedback = StoredRecord<'product_feedback'>;
export type CsmPulse = StoredRecord<'csm_pulses'>;
export type AlertActionRecord = StoredRecord<'alert_actions'>;
export type ScorecardRecord = StoredRecord<'scorecards'>;
export type RenewalChange = StoredRecord<'renewal_changes'>;
export type ExchangeRateRecord = StoredRecord<'exchange_rates'>;
export type BrandingRecord = StoredRecord<'branding'>;

/** Editable field names of a record type, in schema order. */
export function recordFieldNames(type: RecordType): string[] {
  return Object.keys(RECORD_SCHEMAS[type].shape);
}
