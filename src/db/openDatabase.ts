/**
 * Opens the app's SQLite database: first the checks that only read (there, not from a newer
 * Outpost, sound), then the pragmas of DESIGN.md §12, the search text function the full-text
 * triggers call, and pending migrations. A missing file is created only when the caller says so.
 * While it is open the file has no seal and lists this connection as an owner; a clean close of
 * the last connection seals it, so the next open need not check it again (checkBeforeOpen).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { searchText } from '../core/search/searchText';
import { pinyinKeys } from '../core/search/pinyinKeys';
import { checkBeforeOpen, type OpenCheck } from './checkBeforeOpen';
import { claimDatabase, releaseDatabase } from './databaseOwners';
import { applyKey } from './databaseKey';
import { breakSeal, sealDatabase } from './databaseSeal';
import * as schema from './schema';
import { migrate, readMigrations } from './migrations';

export type Orm = ReturnType<typeof drizzle<typeof schema>>;

export interface AppDb {
  file: string;
  sqlite: Database.Database;
  orm: Orm;
  /** Where the pre-migration backup went, when this open migrated an existing file. */
  backup: string | null;
  /** The check this open ran on the file, or why it needed none. */
  check: OpenCheck;
  /** The key the file is encrypted with (null: a plain file). */
  key: Buffer | null;
  /** Closes the connection (again: nothing); the last one's clean close seals the file. */
  close(): void;
}

/** The `drizzle/` folder next to the sources (dev, tests, CLI) or the built main bundle. */
export function defaultMigrationsDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'drizzle');
}

export interface OpenOptions {
  /** Whether a missing file may be created (the app's own database); otherwise it is refused. */
  create?: boolean;
  /**
   * The 256-bit key of an encrypted database: a new file is encrypted from its first page, and
   * its log and the backup taken before a migration are encrypted with it too.
   */
  key?: Buffer | null;
}

export function openDatabase(
  file: string,
  migrationsDir = defaultMigrationsDir(),
  options: OpenOptions = {},
): AppDb {
  const create = options.create ?? true;
  const key = options.key ?? null;
  const migrations = readMigrations(migrationsDir);
  const onDisk = file !== ':memory:';
  let check: OpenCheck = 'new';
  if (onDisk) {
    const found = checkBeforeOpen(file, migrations.length, create, key);
    if (found.state === 'missing') mkdirSync(dirname(resolve(file)), { recursive: true });
    check = found.check;
  }
  // The check said the file is there; if it vanished since, SQLite must not make a new one.
  const sqlite = new Database(file, { fileMustExist: onDisk && !create });
  // Before SQLite reads or writes anything: from here on a crash must leave no seal behind.
  let token: string | null = null;
  if (onDisk) {
    breakSeal(file);
    token = claimDatabase(file, sqlite);
  }
  let closed = false;
  const close = (clean: boolean) => {
    if (closed) return;
    closed = true;
    sqlite.close();
    if (token === null) return;
    // No log left: this was the last connection, and its close checkpointed the log into the
    // file. The file was checked at this open (or vouched for, or new), and written since only
    // by SQLite: that is what a seal says.
    if (clean && !existsSync(`${file}-wal`)) sealDatabase(file);
    releaseDatabase(file, token);
  };
  try {
    if (key !== null) applyKey(sqlite, key);
    sqlite.function('outpost_search_text', { deterministic: true }, (text: unknown) =>
      searchText(typeof text === 'string' ? text : null),
    );
    sqlite.function('outpost_search_keys', { deterministic: true }, (text: unknown) =>
      pinyinKeys(typeof text === 'string' ? text : null),
    );
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // A 64 MB page cache keeps a large portfolio's hot pages in memory between reads.
    sqlite.pragma('cache_size = -65536');
    const backup = migrate(sqlite, file, migrations);
    return {
      file,
      sqlite,
      orm: drizzle(sqlite, { schema }),
      backup,
      check,
      key,
      close: () => close(true),
    };
  } catch (error) {
    close(false);
    throw error;
  }
}
