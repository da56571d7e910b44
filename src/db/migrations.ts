/**
 * Applies the drizzle-kit migrations in `drizzle/`. The schema version is SQLite's user_version
 * (the number of migrations applied). Pending migrations run in one transaction after a backup
 * copy of the file; a database written by a newer Outpost is refused, never touched.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { DatabaseOpenError } from './databaseOpenError';

export interface Migration {
  tag: string;
  statements: string[];
}

export class NewerDatabaseError extends DatabaseOpenError {
  constructor(file: string, found: number, known: number) {
    super(file, { reason: 'newer', found, known });
    this.name = 'NewerDatabaseError';
  }
}

/** The one rule: a schema version above the migrations this Outpost has is refused. */
export function refuseNewer(file: string, found: number, known: number): void {
  if (found > known) throw new NewerDatabaseError(file, found, known);
}

export function readMigrations(dir: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => ({
      tag,
      statements: readFileSync(join(dir, `${tag}.sql`), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean),
    }));
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Returns the path of the backup taken, or null when nothing needed migrating or backing up. */
export function migrate(
  db: Database.Database,
  file: string,
  migrations: Migration[],
): string | null {
  const current = schemaVersion(db);
  refuseNewer(file, current, migrations.length);
  const pending = migrations.slice(current);
  if (pending.length === 0) return null;

  let backup: string | null = null;
  if (current > 0 && file !== ':memory:') {
    backup = `${file}.before-v${migrations.length}.bak`;
    if (existsSync(backup)) rmSync(backup);
    db.prepare('VACUUM INTO ?').run(backup);
  }

  db.transaction(() => {
    for (const migration of pending) {
      for (const statement of migration.statements) db.exec(statement);
    }
    db.pragma(`user_version = ${migrations.length}`);
  })();
  return backup;
}
