import { sqliteTable } from 'drizzle-orm/sqlite-core';
import { num, str, syncedColumns, tombstoneIndex } from './columns';

/** The team's exchange rates for reporting, each in effect from its day on; synced. */
export const exchangeRatesTable = sqliteTable(
  'exchange_rates',
  {
    ...syncedColumns(),
    fromCurrency: str('from_currency'),
    toCurrency: str('to_currency'),
    rate: num('rate'),
    effectiveDate: str('effective_date'),
    note: str('note'),
    author: str('author'),
  },
  (t) => [tombstoneIndex('exchange_rates', t)],
);
