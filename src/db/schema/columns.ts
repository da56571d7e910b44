/**
 * Column builders for synced tables. Every column is NOT NULL with a default (or nullable),
 * because a row may arrive from sync one field at a time (DESIGN.md §8).
 */
import { sql } from 'drizzle-orm';
import { index, integer, real, text, type SQLiteColumn } from 'drizzle-orm/sqlite-core';

export const syncedColumns = () => ({
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull().default(''),
  updatedAt: text('updated_at').notNull().default(''),
  deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
});

export const str = (name: string) => text(name).notNull().default('');
export const int = (name: string) => integer(name).notNull().default(0);
export const num = (name: string) => real(name).notNull().default(0);
export const nullableInt = (name: string) => integer(name);
export const nullableNum = (name: string) => real(name);
export const flag = (name: string) => integer(name, { mode: 'boolean' }).notNull().default(false);
export const list = (name: string) =>
  text(name, { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`);

/**
 * "Recently deleted" reads a table's tombstones by when they were set: an index of the deleted
 * rows alone (a handful) instead of a scan of every row (a million usage snapshots).
 */
export const tombstoneIndex = (table: string, t: { updatedAt: SQLiteColumn }) =>
  index(`${table}_tombstones_idx`)
    .on(t.updatedAt)
    .where(sql`deleted = 1`);
