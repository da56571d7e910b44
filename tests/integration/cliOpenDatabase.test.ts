/**
 * Opening a database from the real CLI process: a path that is not there is not made into a new
 * empty database (except by the commands whose job that is), a file from a newer Outpost or a
 * damaged one is refused with exit code 2 and keeps every byte, and a file that was not closed
 * cleanly gets the full integrity check.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/hosts/cli/runCli';
import { outpost, runEntry, sha256 } from './cliProcess';
import { breakIndex, flipBytes } from './damagedFiles';
import { tempDir, THROWAWAY } from './testWorkspace';

const tmp = tempDir();
const base = join(tmp.dir, 'base.db');
let copies = 0;

/** The CLI's own entry (the one cliMain runs), in this process: quicker than a child for cases. */
async function inProcess(argv: string[], env: NodeJS.ProcessEnv = THROWAWAY) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A fresh copy of the demo database. */
function copyOfBase(): string {
  const file = join(tmp.dir, `copy-${++copies}.db`);
  copyFileSync(base, file);
  return file;
}

beforeAll(async () => {
  const made = await outpost(['--db', base, 'demo', '--accounts', '6', '--seed', '3']);
  expect(made.code, made.err).toBe(0);
}, 120_000);
afterAll(() => tmp.cleanup());

describe('a --db path that does not exist', () => {
  it('is refused by every command that reads, with exit code 2, and no file is made', async () => {
    const missing = join(tmp.dir, 'typo.db');
    const period = ['--from', '2026-01-01', '--to', '2027-01-01'];
    const cases = [
      ['accounts'],
      ['health'],
      ['export', '--json'],
      ['forecast', ...period],
      ['kpis', ...period],
      ['qbr', 'Acme', '--out', join(tmp.dir, 'deck.pptx')],
      ['demo', '--edits', '3'],
    ];
    // Every command, in process…
    for (const args of cases) {
      const result = await inProcess(['--db', missing, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toBe(`outpost: no such database: ${missing} (check the path)`);
      expect(result.out).toBe('');
    }
    // …and as a real process: --db in a folder that is not there, and OUTPOST_DB, which names a
    // file as --db does; in a Chinese locale the message is in Chinese.
    const inMissingFolder = join(tmp.dir, 'no-such-folder', 'outpost.db');
    const real = await outpost(['--db', inMissingFolder, 'accounts']);
    expect(real.code).toBe(2);
    expect(real.err).toContain(`no such database: ${inMissingFolder}`);
    const zh = await outpost(['health'], { OUTPOST_DB: missing, LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(2);
    expect(zh.err).toContain(`没有这个数据库：${missing}`);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(tmp.dir, 'no-such-folder'))).toBe(false);
    expect(existsSync(join(tmp.dir, 'deck.pptx'))).toBe(false);
  }, 120_000);

  it('is made by demo, and the app’s own database is made when missing', async () => {
    const fresh = join(tmp.dir, 'new-folder', 'fresh.db');
    const demo = await outpost(['--db', fresh, 'demo', '--accounts', '2']);
    expect(demo.code, demo.err).toBe(0);
    expect(existsSync(fresh)).toBe(true);
    // No --db and no OUTPOST_DB: the desktop app's database in the user data folder.
    const home = join(tmp.dir, 'config');
    const own = await outpost(['accounts'], { XDG_CONFIG_HOME: home });
    expect(own.code, own.err).toBe(0);
    expect(own.out).toContain('0 accounts');
    expect(existsSync(join(home, 'Outpost', 'outpost.db'))).toBe(true);
  }, 120_000);
});

/** A database of schema version 99, in rollback or WAL journal mode, holding one table. */
function newerDatabase(name: string, wal: boolean): string {
  const file = join(tmp.dir, name);
  const db = new Database(file);
  if (wal) db.pragma('journal_mode = WAL');
  db.exec("CREATE TABLE future (x); INSERT INTO future VALUES ('kept')");
  db.pragma('user_version = 99');
  db.close();
  return file;
}

describe('a database from a newer Outpost', () => {
  it('is refused with exit code 2 before anything touches it: every byte stays the same', async () => {
    for (const wal of [false, true]) {
      const file = newerDatabase(`newer-${wal ? 'wal' : 'rollback'}.db`, wal);
      const before = sha256(file);
      const result = await outpost(['--db', file, 'health']);
      expect(result.code, result.err).toBe(2);
      expect(result.err).toContain(`${file} was written by a newer version of Outpost`);
      expect(result.err).toContain('schema version 99');
      expect(result.err).toContain('The file was not changed.');
      expect(sha256(file)).toBe(before);
      expect(existsSync(`${file}-wal`)).toBe(false);
      expect(existsSync(`${file}-shm`)).toBe(false);
    }
    const file = newerDatabase('newer-zh.db', true);
    const before = sha256(file);
    const zh = await inProcess(['--db', file, 'accounts'], { LC_ALL: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(2);
    expect(zh.err).toContain(`${file} 由更新版本的 Outpost 写入`);
    expect(sha256(file)).toBe(before);
  }, 120_000);

  it('is refused the same way by the local web host, before it builds or serves anything', async () => {
    const file = newerDatabase('newer-web.db', true);
    const before = sha256(file);
    const result = await runEntry('src/hosts/web/webMain.ts', ['--db', file, '--port', '0']);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${file} was written by a newer version of Outpost`);
    expect(result.out).not.toContain('Outpost is running');
    expect(sha256(file)).toBe(before);
  }, 120_000);
});

/** A process that writes to the file and is killed with the file open, as a crash would. */
function writeThenKill(file: string): Promise<NodeJS.Signals | null> {
  const script = `const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.exec('CREATE TABLE crash_note (x); INSERT INTO crash_note VALUES (1)');
    process.kill(process.pid, 'SIGKILL');`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

describe('a damaged database', () => {
  it('is refused at open with its name and exit code 2, and left as it was', async () => {
    const file = copyOfBase();
    flipBytes(file, 200, 11);
    const before = sha256(file);
    const result = await outpost(['--db', file, 'health']);
    expect(result.code, result.out.slice(0, 200)).toBe(2);
    expect(result.err).toContain(`${file} is damaged`);
    expect(result.err).toContain('Outpost did not open it and changed nothing');
    expect(result.out).toBe('');
    expect(sha256(file)).toBe(before);
    const zh = await inProcess(['--db', file, 'accounts'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(2);
    expect(zh.err).toContain(`${file} 已损坏`);
  }, 120_000);

  it('is a text file that is not a database at all: refused, not overwritten', async () => {
    const file = join(tmp.dir, 'notes.txt');
    writeFileSync(file, 'Meeting notes, not a database.\n'.repeat(10));
    const result = await outpost(['--db', file, 'accounts']);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${file} is not an Outpost database`);
    expect(readFileSync(file, 'utf8')).toBe('Meeting notes, not a database.\n'.repeat(10));
  }, 120_000);

  it('gets the full integrity check after an unclean shutdown, which finds what the quick check does not', async () => {
    const file = copyOfBase();
    breakIndex(file);
    // Closed cleanly: the quick check at open passes and the command answers.
    const clean = await outpost(['--db', file, 'accounts']);
    expect(clean.code, clean.err).toBe(0);
    expect(clean.out).toContain('6 accounts');
    expect(existsSync(`${file}-wal`)).toBe(false);

    // A process killed while it had the file open leaves its write-ahead log behind.
    expect(await writeThenKill(file)).toBe('SIGKILL');
    expect(existsSync(`${file}-wal`)).toBe(true);
    const before = sha256(file);
    const after = await outpost(['--db', file, 'accounts']);
    expect(after.code).toBe(2);
    expect(after.err).toContain(`${file} is damaged: it was not closed cleanly last time`);
    expect(after.err).toContain('row 1 missing from index probe_rows_a');
    expect(sha256(file)).toBe(before);
  }, 120_000);

  it('opens after a kill -9 when the full check finds it sound', async () => {
    const file = copyOfBase();
    expect(await writeThenKill(file)).toBe('SIGKILL');
    expect(existsSync(`${file}-wal`)).toBe(true);
    const result = await outpost(['--db', file, 'accounts']);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('6 accounts');
    // Closed cleanly this time: the log is checkpointed and gone, the crashed write kept.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT x FROM crash_note').pluck().all()).toEqual([1]);
    db.close();
  }, 120_000);
});
