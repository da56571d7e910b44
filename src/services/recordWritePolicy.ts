/**
 * Record types whose writes go through their own use cases, never the generic record methods:
 * a renewal's every change must land in its history, history entries are never edited, and a
 * new exchange rate is a new record so the old one stays on file.
 */
import type { RecordType } from '../shared/records/recordTypes';
import { ServiceError } from './serviceError';

export type RecordWrite = 'create' | 'update' | 'delete' | 'restore';

const GUARDED: Partial<Record<RecordType, { allowed: RecordWrite[]; use: string }>> = {
  renewals: {
    allowed: [],
    use: 'renewals:update, renewals:close and renewals:reopen, which keep its history',
  },
  renewal_changes: { allowed: [], use: 'the renewals methods: history entries are never edited' },
  branding: { allowed: [], use: 'branding:save, which keeps the team’s one branding row' },
  exchange_rates: {
    allowed: ['delete', 'restore'],
    use: 'rates:save, which adds a new rate and keeps the old one on file',
  },
};

export function assertGenericWrite(type: RecordType, write: RecordWrite): void {
  const rule = GUARDED[type];
  if (rule && !rule.allowed.includes(write))
    throw new ServiceError(
      'invalid_input',
      `A ${type} record cannot be changed this way: use ${rule.use}`,
    );
}
