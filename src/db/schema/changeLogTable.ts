import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The append-only change log (local, never synced itself). One entry per write: the fields the
 * write changed, as `{column: value}` JSON, all stamped with the write's HLC. Each field in an
 * entry is one change `(hlc, table, row, column, value)` of DESIGN.md §8; the HLC is unique per
 * node, so it is also the entry's id.
 */
export const changeLogTable = sqliteTable(
  'change_log',
  {
    hlc: text('hlc').primaryKey(),
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    data: text('data').notNull(),
    origin: text('origin').notNull().default('local'),
    pushed: integer('pushed', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('change_log_row_idx').on(t.tbl, t.rowId)],
);
