/** Migration 0012_search_pinyin on a file written before it (kept apart from migrations.test.ts for size). */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, readMigrations, schemaVersion } from '../../src/db/migrations';
import { defaultMigrationsDir } from '../../src/db/openDatabase';
import { rawDb } from './migrationDb';
import { tempDir } from './testWorkspace';

const migrations = readMigrations(defaultMigrationsDir());
let cleanup = () => {};
afterEach(() => cleanup());

describe('migration 0012_search_pinyin', () => {
  it('0012_search_pinyin indexes the names of an existing file by pinyin and owner, live records only, newest first', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'p.db');
    const db = rawDb(file);
    migrate(db, file, migrations.slice(0, 12));
    const insert = (sql: string) => db.prepare(sql).run();
    insert("INSERT INTO accounts (id, name, owner) VALUES ('a1', '北京云帆科技有限公司', '李娜')");
    insert("INSERT INTO accounts (id, name, deleted) VALUES ('a2', '北京星河', 1)");
    insert("INSERT INTO stakeholders (id, account_id, name) VALUES ('s1', 'a1', '王伟')");
    insert("INSERT INTO stakeholders (id, account_id, name) VALUES ('s2', 'a2', '王芳')");
    insert(
      "INSERT INTO touchpoints (id, account_id, date, notes) VALUES ('t1', 'a1', '2026-01-05', '续约'), ('t2', 'a1', '2026-03-05', '续约')",
    );
    migrate(db, file, migrations.slice(0, 13));
    expect(schemaVersion(db)).toBe(13);
    const found = (match: string) =>
      (
        db
          .prepare(
            'SELECT d.ref_id FROM search_fts f JOIN search_doc d ON d.fts_key = f.rowid WHERE search_fts MATCH ? ORDER BY f.rowid DESC',
          )
          .pluck()
          .all(match) as string[]
      ).join(',');
    expect(found('bjyf*')).toBe('a1');
    expect(found('beijing*')).toBe('a1');
    expect(found('"李娜"')).toBe('a1');
    expect(found('ww*')).toBe('s1');
    expect(found('"续约"')).toBe('t2,t1');
    expect(found('kind : stakeholder')).toBe('s1');
    // The triggers keep it so: a new name, a deletion, a record whose account arrives later.
    insert("UPDATE accounts SET name = '大连海纳' WHERE id = 'a1'");
    expect(found('dlhn*')).toBe('a1');
    expect(found('bjyf*')).toBe('');
    insert("INSERT INTO stakeholders (id, account_id, name) VALUES ('s3', 'a3', '陈静')");
    expect(found('chenjing*')).toBe('');
    insert("INSERT INTO accounts (id, name) VALUES ('a3', 'Acme')");
    expect(found('chenjing*')).toBe('s3');
    insert("UPDATE accounts SET deleted = 0 WHERE id = 'a2'");
    expect(found('wangfang*')).toBe('s2');
    db.close();
  });
});
