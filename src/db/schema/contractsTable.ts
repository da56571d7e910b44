import { sql } from 'drizzle-orm';
import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { int, list, num, str, syncedColumns, tombstoneIndex } from './columns';

export const contractsTable = sqliteTable(
  'contracts',
  {
    ...syncedColumns(),
    /** Where an import brought it from: `source:id` (e.g. `salesforce:0015g00000XyZ`), else ''. */
    externalId: str('external_id'),
    accountId: str('account_id'),
    startDate: str('start_date'),
    endDate: str('end_date'),
    arrMinor: int('arr_minor'),
    currency: str('currency'),
    seats: int('seats'),
    modules: list('modules'),
    status: str('status'),
    renewalOf: str('renewal_of'),
    paymentTerms: str('payment_terms'),
    discountPct: num('discount_pct'),
  },
  (t) => [
    tombstoneIndex('contracts', t),
    index('contracts_external_idx')
      .on(t.externalId)
      .where(sql`external_id <> ''`),
    index('contracts_account_idx').on(t.accountId),
  ],
);
