/**
 * What one import has met so far — the source ids of its rows and the records its rows wrote —
 * with the line each was first met on, so a second row naming the same thing is reported instead
 * of silently overwriting the first. Kept in a temporary SQLite table, not in memory: an import
 * of any size stays flat (DESIGN.md §11).
 */
import type Database from 'better-sqlite3';

export class ImportSeen {
  private readonly lookup: Database.Statement;
  private readonly insert: Database.Statement;

  constructor(db: Database.Database) {
    db.exec(
      'CREATE TEMP TABLE IF NOT EXISTS import_seen (key TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID',
    );
    db.exec('DELETE FROM temp.import_seen');
    this.lookup = db.prepare('SELECT line FROM temp.import_seen WHERE key = ?').pluck();
    this.insert = db.prepare('INSERT OR IGNORE INTO temp.import_seen (key, line) VALUES (?, ?)');
  }

  /** The line `key` was first met on, or undefined (and it is remembered as met on `line`). */
  firstLine(key: string, line: number): number | undefined {
    const first = this.lookup.get(key) as number | undefined;
    if (first === undefined) this.insert.run(key, line);
    return first;
  }
}
