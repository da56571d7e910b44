import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { str, syncedColumns } from './columns';

/** The history of every renewal's call, amounts and outcome (DESIGN.md §6): append-only, synced. */
export const renewalChangesTable = sqliteTable(
  'renewal_changes',
  {
    ...syncedColumns(),
    renewalId: str('renewal_id'),
    accountId: str('account_id'),
    contractId: str('contract_id'),
    at: str('at'),
    date: str('date'),
    kind: str('kind'),
    changes: str('changes'),
    note: str('note'),
    author: str('author'),
  },
  (t) => [
    index('renewal_changes_contract_idx').on(t.contractId, t.at),
    index('renewal_changes_date_idx').on(t.date),
  ],
);
