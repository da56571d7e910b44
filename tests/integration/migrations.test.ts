import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  migrate,
  NewerDatabaseError,
  readMigrations,
  schemaVersion,
} from '../../src/db/migrations';
import { defaultMigrationsDir, openDatabase } from '../../src/db/openDatabase';
import { rawDb } from './migrationDb';
import { tempDir } from './testWorkspace';

const migrations = readMigrations(defaultMigrationsDir());
let cleanup = () => {};
afterEach(() => cleanup());

describe('migrations', () => {
  it('0000_workbench creates every table on an empty file', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const db = rawDb(join(tmp.dir, 'a.db'));
    migrate(db, join(tmp.dir, 'a.db'), migrations.slice(0, 1));
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['accounts', 'touchpoints', 'usage_snapshots', 'change_log', 'meta']),
    );
    expect(schemaVersion(db)).toBe(1);
    db.close();
  });

  it('0001_search_index upgrades a version-1 file with data, backs it up first, and indexes existing notes', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'b.db');
    const db = rawDb(file);
    migrate(db, file, migrations.slice(0, 1));
    db.prepare("INSERT INTO accounts (id, name) VALUES ('a1', '星河科技')").run();
    db.prepare(
      "INSERT INTO touchpoints (id, account_id, summary, notes) VALUES ('t1', 'a1', '季度回顾', '客户确认续约意向')",
    ).run();
    const backup = migrate(db, file, migrations);
    expect(backup).toBe(`${file}.before-v${migrations.length}.bak`);
    expect(existsSync(backup!)).toBe(true);
    const hit = db
      .prepare(
        'SELECT d.ref_id FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid WHERE search_fts MATCH \'"续约"\'',
      )
      .all();
    expect(hit).toEqual([{ ref_id: 't1' }]);
    const old = new Database(backup!);
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();
    db.close();
  });

  it('0002_sync adds the base column and the conflict table to a version-2 file, keeping its log', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 's.db');
    const db = rawDb(file);
    migrate(db, file, migrations.slice(0, 2));
    db.prepare("INSERT INTO accounts (id, name) VALUES ('a1', 'Acme')").run();
    db.prepare(
      "INSERT INTO change_log (hlc, tbl, row_id, data) VALUES ('2026-11-22T10:00:00.000Z-0000-00f46c64b57c4abf', 'accounts', 'a1', '{\"name\":\"Acme\"}')",
    ).run();
    migrate(db, file, migrations.slice(0, 3));
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT tbl, row_id, origin, pushed, base FROM change_log').all()).toEqual([
      { tbl: 'accounts', row_id: 'a1', origin: 'local', pushed: 0, base: null },
    ]);
    const columns = (
      db.prepare('PRAGMA table_info(sync_conflicts)').all() as { name: string }[]
    ).map((c) => c.name);
    expect(columns).toEqual(
      expect.arrayContaining(['local_value', 'remote_value', 'remote_author']),
    );
    db.close();
  });

  it('0003_health_indexes lets health read recent usage and meetings without scanning the tables', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'h.db');
    const db = rawDb(file);
    migrate(db, file, migrations.slice(0, 3));
    db.prepare(
      "INSERT INTO usage_snapshots (id, account_id, date, active_users) VALUES ('u1', 'a1', '2026-11-01', 5)",
    ).run();
    migrate(db, file, migrations.slice(0, 4));
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' ');
    expect(
      plan(
        "SELECT account_id, date, active_users, licensed_seats, modules_in_use FROM usage_snapshots WHERE deleted = 0 AND date > '2026-08-24'",
      ),
    ).toContain('COVERING INDEX usage_snapshots_recent_idx');
    expect(
      plan(
        "SELECT account_id, date, attendee_ids FROM touchpoints WHERE deleted = 0 AND date > '2026-05-01'",
      ),
    ).toContain('touchpoints_recent_idx');
    expect(db.prepare('SELECT count(*) AS n FROM usage_snapshots').get()).toEqual({ n: 1 });
    db.close();
  });

  it('0004_health_records adds the synced decision tables and marks every account for scoring, then each change', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'r.db');
    const db = rawDb(file);
    migrate(db, file, migrations.slice(0, 4));
    db.prepare("INSERT INTO accounts (id, name) VALUES ('a1', 'Acme')").run();
    migrate(db, file, migrations.slice(0, 5));
    expect(schemaVersion(db)).toBe(5);
    const dirty = () =>
      db.prepare('SELECT account_id AS id, n FROM health_dirty ORDER BY account_id').all();
    // A database that had accounts before health was stored gets them all scored.
    expect(dirty()).toEqual([{ id: '*', n: 1 }]);
    db.prepare('DELETE FROM health_dirty').run();
    db.prepare(
      "INSERT INTO touchpoints (id, account_id, date) VALUES ('t1', 'a1', '2026-11-20')",
    ).run();
    db.prepare("UPDATE touchpoints SET account_id = 'a2' WHERE id = 't1'").run();
    db.prepare("INSERT INTO csm_pulses (id, account_id, stars) VALUES ('p1', 'a2', 4)").run();
    // Moving a record marks both accounts; the count tells a later mark from one already seen.
    expect(dirty()).toEqual([
      { id: 'a1', n: 2 },
      { id: 'a2', n: 2 },
    ]);
    // Records health does not read mark nothing; a new scorecard marks everything.
    db.prepare("INSERT INTO product_feedback (id, account_id) VALUES ('f1', 'a1')").run();
    db.prepare("INSERT INTO alert_actions (id, account_id) VALUES ('x1', 'a1')").run();
    expect(dirty()).toHaveLength(2);
    db.prepare("INSERT INTO scorecards (id, version) VALUES ('s1', 2)").run();
    expect(dirty()).toContainEqual({ id: '*', n: 1 });
    db.close();
  });

  it('0005_forecast adds renewal history and exchange rates, keeps the renewals, and finds a window’s contracts by index', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'f.db');
    const db = rawDb(file);
    migrate(db, file, migrations.slice(0, 5));
    db.prepare(
      "INSERT INTO contracts (id, account_id, start_date, end_date, arr_minor) VALUES ('c1', 'a1', '2025-12-01', '2026-12-01', 5000)",
    ).run();
    db.prepare(
      "INSERT INTO renewals (id, account_id, contract_id, forecast_call) VALUES ('r1', 'a1', 'c1', 'likely')",
    ).run();
    db.prepare(
      "INSERT INTO renewal_bands (renewal_id, day, scorecard_version, band) VALUES ('r1', '2026-09-02', 1, 'green')",
    ).run();
    migrate(db, file, migrations.slice(0, 6));
    expect(schemaVersion(db)).toBe(6);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'renewal_changes',
        'exchange_rates',
        'forecast_snapshots',
        'past_bands',
      ]),
    );
    // The per-renewal band cache gave way to one per account and day.
    expect(tables).not.toContain('renewal_bands');
    expect(db.prepare('SELECT forecast_call FROM renewals').pluck().all()).toEqual(['likely']);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' ');
    expect(
      plan(
        "SELECT id FROM contracts c WHERE c.deleted = 0 AND c.status <> 'cancelled' AND c.end_date >= '2026-10-01' AND c.end_date < '2027-01-01'",
      ),
    ).toContain('contracts_window_idx');
    expect(
      plan("SELECT id FROM contracts WHERE renewal_of = 'c1' AND deleted = 0 AND renewal_of <> ''"),
    ).toContain('contracts_renewal_of_idx');
    db.close();
  });

  it('0006_branding adds the synced branding table to a version-6 file, keeping its accounts', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'g.db');
    const db = rawDb(file);
    migrate(db, file, migrations.slice(0, 6));
    db.prepare("INSERT INTO accounts (id, name) VALUES ('a1', 'Kept Ltd')").run();
    migrate(db, file, migrations.slice(0, 7));
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT name FROM accounts').pluck().all()).toEqual(['Kept Ltd']);
    // A synced row may arrive one field at a time: every column but the id has a default.
    db.prepare("INSERT INTO branding (id) VALUES ('b1')").run();
    expect(db.prepare('SELECT * FROM branding').get()).toEqual({
      id: 'b1',
      created_at: '',
      updated_at: '',
      deleted: 0,
      company_name: '',
      accent_color: '',
      logo: '',
      author: '',
    });
    db.close();
  });

  it('0008_sync_quarantine adds the quarantine table to a version-8 file, keeping its log', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'q.db');
    const db = rawDb(file);
    migrate(db, file, migrations.slice(0, 8));
    db.prepare(
      "INSERT INTO change_log (hlc, tbl, row_id, data) VALUES ('2026-11-22T10:00:00.000Z-0000-aaaaaaaaaaaaaaaa', 'accounts', 'a1', '{}')",
    ).run();
    migrate(db, file, migrations.slice(0, 9));
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(1);
    db.prepare(
      "INSERT INTO sync_quarantine (hlc, tbl, row_id, data, problems, received_at) VALUES ('x', 'accounts', 'a1', '{}', '[]', 'now')",
    ).run();
    expect(db.prepare('SELECT author, origin, base, complete FROM sync_quarantine').get()).toEqual({
      author: '',
      origin: 'remote',
      base: null,
      complete: 1,
    });
    db.close();
  });

  it('0009_health_day_windows lets a window of days be read without scanning every meeting', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'w.db');
    const db = rawDb(file);
    migrate(db, file, migrations.slice(0, 9));
    migrate(db, file, migrations.slice(0, 10));
    expect(schemaVersion(db)).toBe(10);
    const plan = (sql: string) =>
      (
        db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('2026-06-01', '2026-12-01') as {
          detail: string;
        }[]
      )
        .map((r) => r.detail)
        .join(' | ');
    expect(
      plan(
        'SELECT account_id, date, attendee_ids FROM touchpoints WHERE deleted = 0 AND date > ? AND date <= ?',
      ),
    ).toContain('SEARCH touchpoints USING COVERING INDEX touchpoints_days_idx');
    expect(
      plan(
        'SELECT account_id, stars, date FROM csm_pulses WHERE deleted = 0 AND date > ? AND date <= ?',
      ),
    ).toContain('SEARCH csm_pulses USING COVERING INDEX csm_pulses_days_idx');
    db.close();
  });

  it('0010_import gives existing records an empty source id and adds the import tables', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'i.db');
    const db = rawDb(file);
    migrate(db, file, migrations.slice(0, 10));
    db.prepare(
      "INSERT INTO stakeholders (id, created_at, updated_at, account_id, name) VALUES ('s1', 'x', 'x', 'a1', 'Ann')",
    ).run();
    migrate(db, file, migrations.slice(0, 11));
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare("SELECT external_id FROM stakeholders WHERE id = 's1'").pluck().get()).toBe(
      '',
    );
    for (const table of ['import_batches', 'import_rows', 'import_mappings'])
      expect(
        db.prepare('SELECT count(*) FROM sqlite_master WHERE name = ?').pluck().get(table),
      ).toBe(1);
    db.close();
  });

  it('0011_import_lookups finds an account by name and a contact by email or name without a scan', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'l.db');
    const db = rawDb(file);
    migrate(db, file, migrations.slice(0, 11));
    migrate(db, file, migrations.slice(0, 12));
    expect(schemaVersion(db)).toBe(12);
    const plan = (sql: string, ...params: string[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(
      plan('SELECT id FROM accounts WHERE deleted = 0 AND trim(name) = ? ORDER BY id LIMIT 2', 'A'),
    ).toContain('USING INDEX accounts_name_idx');
    expect(
      plan(
        'SELECT id FROM stakeholders WHERE deleted = 0 AND email = ? AND account_id = ? ORDER BY created_at LIMIT 1',
        'a@x',
        'a1',
      ),
    ).toContain('USING INDEX stakeholders_email_idx');
    expect(
      plan(
        'SELECT id FROM stakeholders WHERE deleted = 0 AND name = ? AND account_id = ? ORDER BY created_at LIMIT 1',
        'Ann',
        'a1',
      ),
    ).toContain('USING INDEX stakeholders_name_idx');
    db.close();
  });

  it('refuses a database from a newer version and leaves it untouched', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'c.db');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openDatabase(file)).toThrow(NewerDatabaseError);
    expect(() => openDatabase(file)).toThrow(/newer version of Outpost/);
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(99);
    expect(
      again.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'accounts'").get(),
    ).toEqual({ n: 0 });
    again.close();
  });

  it('opens with WAL and synchronous=FULL, and reopening migrates nothing', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'd.db');
    const first = openDatabase(file);
    expect(first.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    first.close();
    const second = openDatabase(file);
    expect(second.backup).toBeNull();
    expect(schemaVersion(second.sqlite)).toBe(migrations.length);
    second.close();
  });
});
