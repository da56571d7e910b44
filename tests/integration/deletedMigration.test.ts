/** Migration 0013_recently_deleted: Recently deleted finds tombstones by index, never by a scan. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, readMigrations, schemaVersion } from '../../src/db/migrations';
import { defaultMigrationsDir } from '../../src/db/openDatabase';
import { DELETABLE_TYPES } from '../../src/shared/records/deletableTypes';
import { rawDb } from './migrationDb';
import { tempDir } from './testWorkspace';

const migrations = readMigrations(defaultMigrationsDir());
let cleanup = () => {};
afterEach(() => cleanup());

describe('migration 0013_recently_deleted', () => {
  it('0013_recently_deleted reads every deletable table’s tombstones of a window through an index', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'd.db');
    const db = rawDb(file);
    migrate(db, file, migrations.slice(0, 13));
    db.prepare(
      "INSERT INTO accounts (id, name, deleted, updated_at) VALUES ('a1', 'Gone', 1, ?)",
    ).run('2026-11-01T10:00:00.000Z');
    migrate(db, file, migrations.slice(0, 14));
    expect(schemaVersion(db)).toBe(14);
    for (const type of DELETABLE_TYPES) {
      const plan = (
        db
          .prepare(
            `EXPLAIN QUERY PLAN SELECT id FROM ${type} WHERE deleted = 1 AND updated_at >= ?`,
          )
          .all('2026-09-01') as { detail: string }[]
      )
        .map((r) => r.detail)
        .join(' | ');
      expect(plan, type).toContain(`USING INDEX ${type}_tombstones_idx`);
    }
    expect(
      db.prepare('SELECT id FROM accounts WHERE deleted = 1 AND updated_at >= ?').all('2026-09-01'),
    ).toEqual([{ id: 'a1' }]);
    db.close();
  });
});
