import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Values this replica's user wrote that a change from another device overwrote (DESIGN.md §8):
 * kept so they can be seen and restored. Local to the device that lost the value; values are
 * JSON of what SQLite stored. `concurrent` is 0 when the other writer had seen this value and
 * replaced it knowingly.
 */
export const syncConflictsTable = sqliteTable(
  'sync_conflicts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    column: text('column').notNull(),
    localValue: text('local_value').notNull(),
    localHlc: text('local_hlc').notNull(),
    remoteValue: text('remote_value').notNull(),
    remoteHlc: text('remote_hlc').notNull(),
    remoteAuthor: text('remote_author').notNull().default(''),
    concurrent: integer('concurrent', { mode: 'boolean' }).notNull().default(true),
    detectedAt: text('detected_at').notNull(),
    resolution: text('resolution'),
    resolvedAt: text('resolved_at'),
  },
  (t) => [
    index('sync_conflicts_open_idx').on(t.resolution, t.id),
    index('sync_conflicts_row_idx').on(t.tbl, t.rowId),
  ],
);
