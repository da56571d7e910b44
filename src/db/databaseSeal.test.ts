import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { letFileTimesTick } from '../../tests/integration/damagedFiles';
import { tempDir } from '../../tests/integration/testWorkspace';
import { breakSeal, fileIdentity, sealDatabase, sealMatches, sealPath } from './databaseSeal';

let cleanup = () => {};
afterEach(() => cleanup());

function databaseFile(): string {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  const file = join(tmp.dir, 'sealed.db');
  const db = new Database(file);
  db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
  db.close();
  return file;
}

const identity = (file: string) => fileIdentity(statSync(file, { bigint: true }));

describe('the seal of a database file', () => {
  it('matches the file as it was sealed, and no longer once anything wrote to it', () => {
    const file = databaseFile();
    expect(sealMatches(file, identity(file))).toBe(false);
    sealDatabase(file);
    expect(sealMatches(file, identity(file))).toBe(true);
    // The same bytes written again: only the file's times say that something wrote to it.
    letFileTimesTick();
    writeFileSync(file, readFileSync(file));
    expect(sealMatches(file, identity(file))).toBe(false);
  });

  it('is gone once broken, and a garbled or foreign seal is no seal', () => {
    const file = databaseFile();
    sealDatabase(file);
    breakSeal(file);
    expect(existsSync(sealPath(file))).toBe(false);
    expect(sealMatches(file, identity(file))).toBe(false);
    const now = identity(file);
    for (const text of [
      '{"seal": 1, "size"',
      JSON.stringify(now),
      JSON.stringify({ seal: 2, ...now }),
      JSON.stringify({ seal: 1, ...now, extra: true }),
    ]) {
      writeFileSync(sealPath(file), text);
      expect(sealMatches(file, now), text).toBe(false);
    }
  });
});
