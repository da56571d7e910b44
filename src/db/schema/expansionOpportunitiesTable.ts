import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { int, str, syncedColumns } from './columns';

export const expansionOpportunitiesTable = sqliteTable(
  'expansion_opportunities',
  {
    ...syncedColumns(),
    accountId: str('account_id'),
    title: str('title'),
    kind: str('kind'),
    amountMinor: int('amount_minor'),
    currency: str('currency'),
    probability: int('probability'),
    expectedClose: str('expected_close'),
    status: str('status'),
    notes: str('notes'),
  },
  (t) => [index('expansion_opportunities_account_idx').on(t.accountId)],
);
