import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { int, list, num, str, syncedColumns } from './columns';

export const contractsTable = sqliteTable(
  'contracts',
  {
    ...syncedColumns(),
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
  (t) => [index('contracts_account_idx').on(t.accountId)],
);
