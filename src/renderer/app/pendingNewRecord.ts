/**
 * "New touchpoint…" (or any record that belongs to an account) asked from the palette, the menu or
 * a shortcut: the account's page opens on the right tab and shows the form, with that account's
 * people and contracts to choose from.
 */
import type { FormRecordType } from '../features/records/recordFormSpecs';

export type AccountRecordType = Exclude<FormRecordType, 'accounts'>;

/** Where each kind of record is listed on the account page. */
export const TAB_OF_RECORD: Record<AccountRecordType, string> = {
  touchpoints: 'touchpoints',
  action_items: 'plan',
  objectives: 'plan',
  milestones: 'plan',
  stakeholders: 'stakeholders',
  contracts: 'contracts',
  support_tickets: 'signals',
  survey_responses: 'signals',
  expansion_opportunities: 'signals',
  product_feedback: 'signals',
  usage_snapshots: 'signals',
  csm_pulses: 'health',
};

export const NEW_RECORD_EVENT = 'outpost:new-record';
let wanted: AccountRecordType | null = null;

export function requestNewRecord(type: AccountRecordType): void {
  wanted = type;
  // An account page already open hears it at once.
  window.dispatchEvent(new Event(NEW_RECORD_EVENT));
}

/** The record asked for, once: the account page that sees it opens the form. */
export function takeNewRecord(): AccountRecordType | null {
  const was = wanted;
  wanted = null;
  return was;
}
