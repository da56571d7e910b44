/**
 * The record types a user deletes in the app (and finds again under "Recently deleted"), and
 * those that hang off an account: hidden with it when it is deleted, back with it when restored.
 */
import type { RecordType } from './recordTypes';

export const ACCOUNT_DEPENDENTS = [
  'contracts',
  'stakeholders',
  'touchpoints',
  'action_items',
  'objectives',
  'milestones',
  'usage_snapshots',
  'survey_responses',
  'support_tickets',
  'expansion_opportunities',
  'product_feedback',
] as const satisfies readonly RecordType[];

export type AccountDependent = (typeof ACCOUNT_DEPENDENTS)[number];

export const DELETABLE_TYPES = ['accounts', ...ACCOUNT_DEPENDENTS, 'exchange_rates'] as const;

export type DeletableType = (typeof DELETABLE_TYPES)[number];

/** How long a deleted record is listed (and offered back) under "Recently deleted". */
export const RECENTLY_DELETED_DAYS = 90;
