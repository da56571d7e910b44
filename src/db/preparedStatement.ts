/** Prepares each SQL text once per connection; repositories call this instead of `db.prepare`. */
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

const OPTIONAL_FILTER = /\(\? IS NULL OR ([\w.]+) = \?\)/g;

/**
 * `(? IS NULL OR account_id = ?)` reads every row even when an id is given, because SQLite cannot
 * use an index through the OR. This picks the statement for the call: the filter becomes a
 * constant when `id` is null and an indexed equality when it is not (parameters unchanged).
 */
export function preparedFor(
  db: Database.Database,
  sql: string,
  id: string | null | undefined,
): Database.Statement {
  return prepared(
    db,
    id == null
      ? sql.replace(OPTIONAL_FILTER, '(? IS NULL AND ? IS NULL)')
      : sql.replace(OPTIONAL_FILTER, '(? IS NOT NULL AND $1 = ?)'),
  );
}
