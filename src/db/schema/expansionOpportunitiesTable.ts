import { sql } from 'drizzle-orm';
import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { int, str, syncedColumns, tombstoneIndex } from './columns';

export const expansionOpportunitiesTable = sqliteTable(
  'expansion_opportunities',
  {
    ...syncedColumns(),
    /** Where an import brought it from: `source:id` (e.g. `salesforce:0015g00000XyZ`), else ''. */
    externalId: str('external_id'),
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
  (t) => [
    tombstoneIndex('expansion_opportunities', t),
    index('expansion_opportunities_external_idx')
      .on(t.externalId)
      .where(sql`external_id <> ''`),
    index('expansion_opportunities_account_idx').on(t.accountId),
  ],
);
