/** Ways to damage a database file for the open-check tests, each as another program would. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect } from 'vitest';
import { runCli } from '../../src/hosts/cli/runCli';
import { tempDir, THROWAWAY } from './testWorkspace';

/**
 * File times tick coarsely on Linux before 6.13 (a few milliseconds): a write in the same tick
 * as the last one leaves them as they were. Damage in life comes later than that; so here.
 */
export function letFileTimesTick(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
}

/** Flips `count` bytes of the file's second half, where the portfolio's rows are, in place. */
export function flipBytes(file: string, count: number, seed: number): void {
  letFileTimesTick();
  const bytes = readFileSync(file);
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  const half = bytes.length >> 1;
  for (let i = 0; i < count; i++) {
    const at = half + (next() % half);
    bytes[at] = bytes[at]! ^ 0xff;
  }
  writeFileSync(file, bytes);
}

/** Runs SQL that rewrites the schema, as a careless tool might; every query still answers. */
function rewriteSchema(file: string, sql: string): void {
  letFileTimesTick();
  const db = new Database(file);
  db.unsafeMode(true);
  db.exec(sql);
  db.close();
}

/**
 * An index whose entries no longer match its table: the full integrity_check sees it,
 * quick_check (which does not compare indexes with their tables) does not.
 */
export function breakIndex(file: string): void {
  rewriteSchema(
    file,
    `CREATE TABLE probe_rows (a INTEGER, b INTEGER);
     INSERT INTO probe_rows VALUES (1, 10), (2, 20), (3, 30);
     CREATE INDEX probe_rows_a ON probe_rows (a);
     PRAGMA writable_schema = ON;
     UPDATE sqlite_master SET sql = 'CREATE INDEX probe_rows_a ON probe_rows (b)'
       WHERE name = 'probe_rows_a';
     PRAGMA writable_schema = OFF;`,
  );
}

/** A NULL in a column the schema says is NOT NULL: quick_check sees it ("NULL value in …"). */
export function breakNotNull(file: string): void {
  addNullNote(file);
  makeNotesNotNull(file);
}

/** A table with a NULL in it, whose schema text can be turned into NOT NULL byte for byte. */
export function addNullNote(file: string): void {
  rewriteSchema(
    file,
    'CREATE TABLE probe_notes (text         ); INSERT INTO probe_notes VALUES (NULL)',
  );
}

/**
 * Turns addNullNote's column into NOT NULL by overwriting 8 bytes of the schema in place with
 * a plain file write, as another program would: same size, same inode, only quick_check's
 * "NULL value in probe_notes.text" to show for it.
 */
export function makeNotesNotNull(file: string): void {
  letFileTimesTick();
  const bytes = readFileSync(file);
  const at = bytes.indexOf('text         )', 0, 'latin1');
  if (at < 0 || bytes.indexOf('text         )', at + 1, 'latin1') >= 0)
    throw new Error(`${file} has no single probe_notes column to change`);
  bytes.write('text NOT NULL)', at, 'latin1');
  writeFileSync(file, bytes);
}

/**
 * A small demo database made once for a test file (before its tests, removed after them), and
 * fresh copies of it: each a new file, another inode, so it has no seal of its own.
 */
export function demoCopies(): { dir: string; copy(): string } {
  const tmp = tempDir();
  const base = join(tmp.dir, 'base.db');
  let copies = 0;
  beforeAll(async () => {
    const quiet = { out: () => {}, err: (t: string) => console.error(t) };
    expect(
      await runCli(['--db', base, 'demo', '--accounts', '6', '--seed', '3'], quiet, THROWAWAY),
    ).toBe(0);
  }, 120_000);
  afterAll(() => tmp.cleanup());
  return {
    dir: tmp.dir,
    copy() {
      const file = join(tmp.dir, `copy-${++copies}.db`);
      copyFileSync(base, file);
      return file;
    },
  };
}
