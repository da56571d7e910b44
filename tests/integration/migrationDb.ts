/** A bare connection for migration tests, with the functions the app registers on every one. */
import Database from 'better-sqlite3';
import { pinyinKeys } from '../../src/core/search/pinyinKeys';
import { searchText } from '../../src/core/search/searchText';

export function rawDb(file: string): Database.Database {
  const db = new Database(file);
  db.function('outpost_search_text', { deterministic: true }, (t: unknown) =>
    searchText(typeof t === 'string' ? t : null),
  );
  db.function('outpost_search_keys', { deterministic: true }, (t: unknown) =>
    pinyinKeys(typeof t === 'string' ? t : null),
  );
  return db;
}
