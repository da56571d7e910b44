/**
 * Copied databases, wrong clocks and another user's sign-in, with real processes: a server
 * process (`outpost server`) and `outpost sync` processes on the replicas' own files, whose wall
 * clocks a preload (fixtures/wrongClock.ts) can move; edits are made in this process, on the
 * wall clock each laptop would have.
 *  - A database file copied to a second laptop, both edited at the same moments (so one node id
 *    would give both the same change ids), both synced repeatedly: nothing lost, identical
 *    exports, in sync by the (content) checksum.
 *  - A laptop a day ahead: its sync pulls the team's changes, fails with the clock message in
 *    the chosen language; corrected, it syncs everything and its saved clock is back.
 *  - `sync reset` before another user signs in keeps the unsynced edits; signing in without it
 *    takes a new device id on the server's word.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DRIFT_MS, parseHlc } from '../../../src/core/hlc';
import { addTeam, addUser } from '../../../src/server/admin/serverAdmin';
import { SqliteSyncStore } from '../../../src/server/store/sqliteSyncStore';
import { makeDemoEdits } from '../../../src/services/demo/demoEdits';
import { loadDemo } from '../../../src/services/demo/demoService';
import { exportJson } from '../../../src/services/exportService';
import { openWorkspace, type Workspace } from '../../../src/services/workspace';
import { tempDir } from '../testWorkspace';

const CLI = ['--import', 'tsx', 'src/hosts/cli/cliMain.ts'];
const WRONG_CLOCK = ['--import', 'tsx', '--import', './tests/integration/fixtures/wrongClock.ts'];
const env = { ...process.env, INIT_CWD: '' };
const DAY = 86_400_000;

type Clock = Record<string, string>;

function outpost(args: string[], clock: Clock = {}) {
  return new Promise<{ code: number; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [...WRONG_CLOCK, ...CLI.slice(2), ...args], {
      env: { ...env, ...clock },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (c: string) => (out += c));
    child.stderr.on('data', (c: string) => (err += c));
    child.on('exit', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

async function ok(args: string[], clock: Clock = {}): Promise<string> {
  const result = await outpost(args, clock);
  expect(result.code, `${args.join(' ')}: ${result.err}`).toBe(0);
  return result.out + result.err;
}

/** Reads a database file (a replica's or the server's) without the app. */
function query<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

describe('copies, clocks and sign-ins between real processes', () => {
  const tmp = tempDir();
  const data = join(tmp.dir, 'server');
  const db = (name: string) => join(tmp.dir, `${name}.db`);
  let server: ChildProcess;
  let url = '';
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = spawn(process.execPath, [...CLI, 'server', '--data', data, '--port', '0'], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let log = '';
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${log}`)), 30_000);
      server.stdout!.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const match = /"url":"([^"]+)"/.exec(log);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    // The admin's commands, on the store the running server serves (as `server user add` does).
    const store = SqliteSyncStore.inFolder(data);
    const now = new Date().toISOString();
    await addTeam(store, 'emea', now);
    for (const name of ['Ann', 'Bob', 'Cal', 'Dee', 'Eve', 'Fay'])
      tokens[name] = await addUser(store, 'emea', name, now);
    await store.close();
  }, 90_000);

  afterAll(async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    tmp.cleanup();
  });

  const sync = (name: string, user: string, clock: Clock = {}, lang = 'en') =>
    outpost(
      [
        ...['--db', db(name), 'sync', '--server', url, '--token', tokens[user]!],
        ...(lang === 'en' ? [] : ['--lang', lang]),
      ],
      clock,
    );
  const synced = async (name: string, user: string) => {
    const result = await sync(name, user);
    expect(result.code, result.err).toBe(0);
    return result.out;
  };
  /** Opens a replica's file in this process, as the CLI commands would (wall clock passed in). */
  function onReplica<T>(name: string, action: (ws: Workspace) => T, wallClock = Date.now): T {
    const ws = openWorkspace(db(name), { wallClock });
    try {
      return action(ws);
    } finally {
      ws.close();
    }
  }
  /** What `export --json` prints. */
  const exported = (name: string) => onReplica(name, exportJson);
  /** `demo --accounts N --seed S` */
  const demo = (name: string, accounts: number, seed: number) =>
    onReplica(name, (ws) => loadDemo(ws, { accounts, seed, today: ws.today() }));
  /** `demo --edits N --seed S`, on a wall clock of the test's choosing. */
  const edit = (name: string, edits: number, seed: number, wallClock = Date.now) =>
    onReplica(name, (ws) => makeDemoEdits(ws, edits, seed), wallClock);
  const serverFile = () => join(data, 'outpost-sync.sqlite');
  const nodeOf = (name: string) =>
    query<{ value: string }>(db(name), "SELECT value FROM meta WHERE key = 'node_id'")[0]!.value;
  /** Every local change of a replica is on the server, with the same content. */
  function expectAllStored(name: string) {
    const local = query<{ hlc: string; data: string }>(
      db(name),
      "SELECT hlc, data FROM change_log WHERE origin = 'local'",
    );
    const stored = new Map(
      query<{ id: string; data: string }>(serverFile(), 'SELECT id, data FROM changes').map((c) => [
        c.id,
        c.data,
      ]),
    );
    const missing = local.filter((c) => stored.get(c.hlc) !== c.data).map((c) => c.hlc);
    expect(missing, `${name}: changes not on the server as made`).toEqual([]);
    return local.length;
  }

  it('loses no edit of a database copied to a second laptop', async () => {
    demo('ann', 3, 5);
    await synced('ann', 'Ann');
    await synced('bob', 'Bob');
    // A restored backup on a new laptop: the same file, the same token.
    copyFileSync(db('ann'), db('ann2'));
    // Both laptops edit at the same moments: one node id would give them the same change ids.
    const sameMoment = Date.now() - 3_600_000;
    edit('ann', 25, 1, () => sameMoment);
    edit('ann2', 25, 2, () => sameMoment);
    expect(nodeOf('ann2')).not.toBe(nodeOf('ann'));
    for (const [name, user] of [
      ['ann', 'Ann'],
      ['ann2', 'Ann'],
      ['bob', 'Bob'],
    ] as const)
      await synced(name, user);
    for (const name of ['ann', 'ann2']) expect(await synced(name, 'Ann')).toContain('in sync');
    const annExport = exported('ann');
    expect(exported('ann2')).toBe(annExport);
    expect(exported('bob')).toBe(annExport);
    expect(expectAllStored('ann')).toBeGreaterThan(25);
    expect(expectAllStored('ann2')).toBeGreaterThan(25);
  }, 300_000);

  it('pulls with a clock a day ahead, says so, and syncs once it is right', async () => {
    demo('dee', 2, 7);
    await synced('dee', 'Dee');
    await synced('cal', 'Cal');
    const ahead = { OUTPOST_TEST_CLOCK_SHIFT_MS: String(DAY) };
    edit('cal', 8, 3, () => Date.now() + DAY);
    edit('dee', 5, 4);
    await synced('dee', 'Dee');

    const zh = await sync('cal', 'Cal', ahead, 'zh-CN');
    expect(zh.code).toBe(1);
    expect(zh.err).toContain('这台电脑的时钟比服务器快了1天');
    expect(zh.out).toMatch(/pulled [1-9]\d* change/);
    // Dee's edits reached Cal's laptop although it could send nothing.
    const onCal = new Set(
      query<{ hlc: string }>(db('cal'), 'SELECT hlc FROM change_log').map((r) => r.hlc),
    );
    const fromDee = query<{ hlc: string }>(
      db('dee'),
      "SELECT hlc FROM change_log WHERE origin = 'local'",
    );
    expect(fromDee.filter((r) => !onCal.has(r.hlc))).toEqual([]);

    // The clock is put right: the next sync re-dates what waited and sends it.
    const fixed = await synced('cal', 'Cal');
    expect(fixed).toContain('in sync with the server');
    expect(fixed).toMatch(/re-dated and sent/);
    await synced('dee', 'Dee');
    expect(await synced('cal', 'Cal')).toContain('in sync with the server');
    expect(exported('dee')).toBe(exported('cal'));
    expectAllStored('cal');
    // The saved clock is no longer a day ahead.
    const [{ hlc }] = query<{ hlc: string }>(
      db('cal'),
      'SELECT max(hlc) AS hlc FROM change_log',
    ) as [{ hlc: string }];
    expect(parseHlc(hlc).millis).toBeLessThanOrEqual(Date.now() + MAX_DRIFT_MS);
  }, 300_000);

  it('resets the sync state for another user without losing unsynced edits', async () => {
    demo('eve', 2, 8);
    await synced('eve', 'Eve');
    edit('eve', 4, 9);
    const node = nodeOf('eve');
    const reset = await ok(['--db', db('eve'), 'sync', 'reset']);
    expect(reset).toMatch(/Sync state reset: .* [1-9]\d* unsynced changes? kept/);
    expect(nodeOf('eve')).not.toBe(node);
    // Fay signs in on Eve's laptop: the log comes from its start, Eve's edits go out.
    expect(await synced('eve', 'Fay')).toMatch(/pulled [1-9]\d* change.*in sync with the server/);
    expectAllStored('eve');
    // Back to Eve's token without a reset: the server knows this id from Fay's device token,
    // so the laptop takes an id of its own and syncs.
    edit('eve', 2, 10);
    const back = await sync('eve', 'Eve', {}, 'zh-CN');
    expect(back.code, back.err).toBe(0);
    expect(back.err).toContain('本设备已改用新的标识');
    expect(back.out).toContain('in sync with the server');
    expectAllStored('eve');
    await synced('bob', 'Bob');
    expect(exported('bob')).toBe(exported('eve'));
  }, 300_000);
});
