import { sql } from 'drizzle-orm';
import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { int, list, str, syncedColumns, tombstoneIndex } from './columns';

export const usageSnapshotsTable = sqliteTable(
  'usage_snapshots',
  {
    ...syncedColumns(),
    /** Where an import brought it from: `source:id` (e.g. `salesforce:0015g00000XyZ`), else ''. */
    externalId: str('external_id'),
    accountId: str('account_id'),
    date: str('date'),
    activeUsers: int('active_users'),
    licensedSeats: int('licensed_seats'),
    modulesInUse: list('modules_in_use'),
    usageMinutes: int('usage_minutes'),
  },
  (t) => [
    tombstoneIndex('usage_snapshots', t),
    index('usage_snapshots_external_idx')
      .on(t.externalId)
      .where(sql`external_id <> ''`),
    index('usage_snapshots_account_idx').on(t.accountId, t.date),
    // Covers health scoring's read of recent usage, so it never scans the whole table.
    index('usage_snapshots_recent_idx')
      .on(t.date, t.accountId, t.activeUsers, t.licensedSeats, t.modulesInUse)
      .where(sql`deleted = 0`),
  ],
);
