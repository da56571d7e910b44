import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { int, str, syncedColumns } from './columns';

export const csmPulsesTable = sqliteTable(
  'csm_pulses',
  {
    ...syncedColumns(),
    accountId: str('account_id'),
    date: str('date'),
    stars: int('stars'),
    note: str('note'),
    author: str('author'),
  },
  (t) => [index('csm_pulses_account_idx').on(t.accountId, t.date)],
);
