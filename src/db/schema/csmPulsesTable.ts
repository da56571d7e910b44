import { sql } from 'drizzle-orm';
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
  (t) => [
    index('csm_pulses_account_idx').on(t.accountId, t.date),
    // Health scoring reads the calls of the last 60 days of every account: a range of this index.
    index('csm_pulses_days_idx')
      .on(t.date, t.accountId, t.createdAt, t.id, t.stars)
      .where(sql`deleted = 0`),
  ],
);
