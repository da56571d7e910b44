import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Changes pulled from the server (or part of a snapshot) that failed validation — an impossible
 * change id, a field the record schemas refuse, a row id that is no UUID (DESIGN.md §8, "Trust
 * nothing that arrives"). Kept as received, never applied, so a bad change from an older server
 * cannot break this replica, and listed under Sync with its problems (JSON of ChangeProblem[]).
 * `hlc` is the change id as received; `origin` is `remote` or `snapshot`, as in the change log;
 * `complete` is false when long values were kept cut short. After an update of the app, a
 * complete change that now passes (a field a newer teammate's app added) is applied after all.
 */
export const syncQuarantineTable = sqliteTable(
  'sync_quarantine',
  {
    hlc: text('hlc').primaryKey(),
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    data: text('data').notNull(),
    base: text('base'),
    author: text('author').notNull().default(''),
    origin: text('origin').notNull().default('remote'),
    problems: text('problems').notNull(),
    complete: integer('complete', { mode: 'boolean' }).notNull().default(true),
    receivedAt: text('received_at').notNull(),
  },
  (t) => [index('sync_quarantine_received_idx').on(t.receivedAt)],
);
