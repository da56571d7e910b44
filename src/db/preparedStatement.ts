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
 * constant when `id` is null, an indexed equality when it is an id, and a lookup in the temporary
 * batch when it is `ACCOUNT_BATCH` (parameters unchanged).
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
      : id === ACCOUNT_BATCH
        ? sql.replace(OPTIONAL_FILTER, '(? = ? AND $1 IN (SELECT id FROM temp.account_batch))')
        : sql.replace(OPTIONAL_FILTER, '(? IS NOT NULL AND $1 = ?)'),
  );
}

/**
 * Stands for "the accounts in `temp.account_batch`" where a repository takes an account id: the
 * optional filter then reads exactly those accounts, each by its index.
 */
export const ACCOUNT_BATCH = '\u0000batch';

export function fillAccountBatch(db: Database.Database, ids: Iterable<string>): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS account_batch (id TEXT PRIMARY KEY) WITHOUT ROWID');
  db.exec('DELETE FROM temp.account_batch');
  const add = prepared(db, 'INSERT OR IGNORE INTO temp.account_batch (id) VALUES (?)');
  for (const id of ids) add.run(id);
}
