/** What a new record of an account starts with (the same as the account page's "Add" buttons). */
import type { StoredRecord } from '../../../shared/records/recordTypes';
import type { AccountRecordType } from '../../app/pendingNewRecord';

export function newRecordDefaults(
  type: AccountRecordType,
  account: StoredRecord<'accounts'>,
  today: string,
): Record<string, unknown> {
  const accountId = account.id;
  const { currency, owner } = account;
  switch (type) {
    case 'touchpoints':
      return { accountId, date: today, internalAttendees: owner ? [owner] : [] };
    case 'action_items':
      return { accountId, owner };
    case 'stakeholders':
      return { accountId, influence: 3 };
    case 'contracts':
    case 'expansion_opportunities':
      return {
        accountId,
        currency,
        ...(type === 'expansion_opportunities' ? { probability: 50 } : {}),
      };
    case 'milestones':
      return { accountId, dueDate: today };
    case 'support_tickets':
      return { accountId, openedDate: today, severity: 'P3' };
    case 'survey_responses':
      return { accountId, date: today, kind: 'nps' };
    case 'product_feedback':
    case 'usage_snapshots':
    case 'csm_pulses':
      return { accountId, date: today };
    case 'objectives':
      return { accountId };
  }
}
