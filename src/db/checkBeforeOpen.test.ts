import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/integration/testWorkspace';
import { checkBeforeOpen } from './checkBeforeOpen';
import { DatabaseOpenError } from './databaseOpenError';

let cleanup = () => {};
afterEach(() => cleanup());

function dir(): string {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  return tmp.dir;
}

function problemOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error.problem;
    throw error;
  }
  return null;
}

describe('the checks before a database is opened', () => {
  it('lets a missing or empty file be created only when asked', () => {
    const d = dir();
    const missing = join(d, 'missing.db');
    expect(checkBeforeOpen(missing, 8, true)).toEqual({ state: 'missing', check: 'new' });
    expect(problemOf(() => checkBeforeOpen(missing, 8, false))).toEqual({ reason: 'missing' });
    const empty = join(d, 'empty.db');
    writeFileSync(empty, '');
    expect(checkBeforeOpen(empty, 8, true)).toEqual({ state: 'empty', check: 'new' });
    expect(problemOf(() => checkBeforeOpen(empty, 8, false))).toEqual({ reason: 'missing' });
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses a folder, a text file and another program’s SQLite database', () => {
    const d = dir();
    const folder = join(d, 'folder.db');
    mkdirSync(folder);
    const text = join(d, 'notes.db');
    writeFileSync(text, 'x'.repeat(4096));
    const foreign = join(d, 'foreign.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE invoices (id)');
    db.close();
    for (const file of [folder, text, foreign])
      expect(
        problemOf(() => checkBeforeOpen(file, 8, false)),
        file,
      ).toEqual({
        reason: 'notOutpost',
      });
  });

  it('reads the version through a log left behind, where the header is not yet up to date', () => {
    const file = join(dir(), 'crashed.db');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x)');
    db.pragma('user_version = 3');
    db.close();
    // A newer Outpost migrated the file and was killed before the log reached the file.
    const child = spawnSync(process.execPath, [
      '-e',
      `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(file)});
       db.pragma('wal_autocheckpoint = 0'); db.pragma('user_version = 99');
       process.kill(process.pid, 'SIGKILL');`,
    ]);
    expect(child.signal).toBe('SIGKILL');
    expect(readFileSync(file).readUInt32BE(60)).toBe(3);
    expect(problemOf(() => checkBeforeOpen(file, 8, false))).toEqual({
      reason: 'newer',
      found: 99,
      known: 8,
    });
  });

  it('takes an empty log, which a read-only look leaves behind, for no crash', () => {
    const file = join(dir(), 'looked-at.db');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x)');
    db.pragma('user_version = 3');
    db.close();
    const look = new Database(file, { readonly: true });
    look.prepare('SELECT count(*) FROM t').get();
    look.close();
    expect(statSync(`${file}-wal`).size).toBe(0);
    expect(checkBeforeOpen(file, 8, false)).toEqual({ state: 'existing', check: 'quick_check' });
  });
});
