import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The append-only change log. One entry per write: the fields the write changed, as
 * `{column: value}` JSON, all stamped with the write's HLC. Each field in an entry is one change
 * `(hlc, table, row, column, value)` of DESIGN.md §8; the HLC is globally unique (it carries the
 * node), so it is also the entry's id on the wire.
 *
 * `origin` says where the entry came from: `local` (written here; `pushed` once the server has
 * it), `remote` (pulled), `snapshot` (part of a new device's first download). `base` holds, for an
 * update, the HLC each changed field had when the user overwrote it, so a replica can tell a
 * knowing overwrite from a concurrent one.
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
    base: text('base'),
  },
  (t) => [
    index('change_log_row_idx').on(t.tbl, t.rowId),
    index('change_log_pending_idx').on(t.origin, t.pushed, t.hlc),
  ],
);
