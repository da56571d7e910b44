/**
 * Opens (creating if needed) the app's SQLite database: pragmas of DESIGN.md §12, the search
 * text function the full-text triggers call, then pending migrations.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { searchText } from '../core/search/searchText';
import * as schema from './schema';
import { migrate, readMigrations } from './migrations';

export type Orm = ReturnType<typeof drizzle<typeof schema>>;

export interface AppDb {
  file: string;
  sqlite: Database.Database;
  orm: Orm;
  /** Where the pre-migration backup went, when this open migrated an existing file. */
  backup: string | null;
}

/** The `drizzle/` folder next to the sources (dev, tests, CLI) or the built main bundle. */
export function defaultMigrationsDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'drizzle');
}

export function openDatabase(file: string, migrationsDir = defaultMigrationsDir()): AppDb {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.function('outpost_search_text', { deterministic: true }, (text: unknown) =>
      searchText(typeof text === 'string' ? text : null),
    );
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // A 64 MB page cache keeps a large portfolio's hot pages in memory between reads.
    sqlite.pragma('cache_size = -65536');
    const backup = migrate(sqlite, file, readMigrations(migrationsDir));
    return { file, sqlite, orm: drizzle(sqlite, { schema }), backup };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
