/**
 * `--out` into a folder that is not there (or is not a folder, or names a folder): refused with
 * exit code 2 and a message naming the folder, before the database is opened — so neither the
 * database nor the destination is touched.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/hosts/cli/runCli';
import { outpost, sha256 } from './cliProcess';
import { tempDir, THROWAWAY } from './testWorkspace';

const tmp = tempDir();
const db = join(tmp.dir, 'book.db');
const period = ['--from', '2026-01-01', '--to', '2027-01-01'];
let accountId = '';

async function inProcess(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, THROWAWAY);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const made = await inProcess(['--db', db, 'demo', '--accounts', '6', '--seed', '2']);
  expect(made.code, made.err).toBe(0);
  accountId = (
    JSON.parse((await inProcess(['--db', db, 'accounts', '--json'])).out) as {
      id: string;
    }[]
  )[0]!.id;
}, 60_000);
afterAll(() => tmp.cleanup());

describe('--out into a missing folder', () => {
  it('is refused by the real CLI before the database is opened', async () => {
    const missing = join(tmp.dir, 'reports', '2026');
    const before = sha256(db);
    const forecast = await outpost([
      '--db',
      db,
      'forecast',
      ...period,
      '--format',
      'csv',
      '--out',
      join(missing, 'renewals.csv'),
    ]);
    expect(forecast.code).toBe(2);
    expect(forecast.err).toBe(
      `outpost: --out ${join(missing, 'renewals.csv')}: the folder ${missing} does not exist\n`,
    );
    const exported = await outpost([
      '--db',
      db,
      'export',
      '--json',
      '--out',
      join(missing, 'x.json'),
    ]);
    expect(exported.code).toBe(2);
    expect(exported.err).toContain(`the folder ${missing} does not exist`);
    // Nothing was written: not the database (the write-ahead log was never made), not the folder.
    expect(sha256(db)).toBe(before);
    expect(existsSync(`${db}-wal`)).toBe(false);
    expect(existsSync(join(tmp.dir, 'reports'))).toBe(false);
  }, 120_000);

  it('is refused by every command that writes a file, in the language asked for', async () => {
    const missing = join(tmp.dir, 'nowhere');
    const before = sha256(db);
    const cases: [string[], string][] = [
      [['forecast', ...period, '--format', 'xlsx', '--out', join(missing, 'r.xlsx')], 'r.xlsx'],
      [['forecast', ...period, '--out', join(missing, 'r.txt')], 'r.txt'],
      [['qbr', accountId, '--out', join(missing, 'deck.pptx')], 'deck.pptx'],
      [['export', '--json', '--out', join(missing, 'all.json')], 'all.json'],
    ];
    for (const [args, name] of cases) {
      const result = await inProcess(['--db', db, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toBe(
        `outpost: --out ${join(missing, name)}: the folder ${missing} does not exist`,
      );
    }
    const zh = await inProcess([
      '--db',
      db,
      'forecast',
      ...period,
      '--format',
      'csv',
      '--lang',
      'zh-CN',
      '--out',
      join(missing, 'r.csv'),
    ]);
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(`outpost: --out ${join(missing, 'r.csv')}：文件夹 ${missing} 不存在`);
    expect(sha256(db)).toBe(before);
    expect(existsSync(missing)).toBe(false);
  }, 120_000);

  it('is refused when the folder is a file, or the name is a folder', async () => {
    const file = join(tmp.dir, 'plain.txt');
    writeFileSync(file, 'not a folder');
    const underFile = await inProcess([
      '--db',
      db,
      'export',
      '--json',
      '--out',
      join(file, 'x.json'),
    ]);
    expect(underFile.code).toBe(2);
    expect(underFile.err).toContain(`${file} is not a folder`);
    const folder = join(tmp.dir, 'exports');
    mkdirSync(folder);
    const isFolder = await inProcess(['--db', db, 'export', '--json', '--out', folder]);
    expect(isFolder.code).toBe(2);
    expect(isFolder.err).toContain(`--out ${folder} is a folder; name a file in it`);
    expect(readdirSync(folder)).toEqual([]);
  }, 120_000);

  it('still writes a file whole into a folder that is there, leaving no partial file', async () => {
    const folder = join(tmp.dir, 'out');
    mkdirSync(folder);
    const target = join(folder, 'renewals.csv');
    const result = await inProcess([
      '--db',
      db,
      'forecast',
      ...period,
      '--format',
      'csv',
      '--out',
      target,
    ]);
    expect(result.code, result.err).toBe(0);
    expect(readdirSync(folder)).toEqual(['renewals.csv']);
  }, 120_000);
});
