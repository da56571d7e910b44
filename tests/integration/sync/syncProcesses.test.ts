/**
 * Sync with real processes, as a team would run it: a server process (`outpost server`), admin
 * commands run while it serves, and two CLI replicas on their own database files. Demo data on
 * one, a sync round on both, concurrent `demo --edits` on each while apart, more rounds: the
 * exports are identical. Then a sync client is killed with SIGKILL in the middle of a push, and
 * the next round still converges with every change stored exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testWorkspace';

const CLI = ['--import', 'tsx', 'src/hosts/cli/cliMain.ts'];
const env = { ...process.env, INIT_CWD: '' };

function outpost(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    // Decode as a stream: a pipe chunk may end inside a multi-byte character (Chinese notes).
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (c: string) => (out += c));
    child.stderr.on('data', (c: string) => (err += c));
    child.on('exit', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

async function ok(args: string[]): Promise<string> {
  const result = await outpost(args);
  expect(result.code, `${args.join(' ')}: ${result.err}`).toBe(0);
  return result.out;
}

describe('sync between real processes', () => {
  const tmp = tempDir();
  const data = join(tmp.dir, 'server');
  const dbA = join(tmp.dir, 'a.db');
  const dbB = join(tmp.dir, 'b.db');
  let server: ChildProcess;
  let serverLog = '';
  let url = '';
  let tokenA = '';
  let tokenB = '';

  beforeAll(async () => {
    server = spawn(process.execPath, [...CLI, 'server', '--data', data, '--port', '0'], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`server did not start: ${serverLog}`)),
        30_000,
      );
      server.stdout!.on('data', (chunk: Buffer) => {
        serverLog += chunk.toString();
        const match = /"url":"([^"]+)"/.exec(serverLog);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    // Admin commands against the running server's store.
    await ok(['server', 'team', 'add', 'emea', '--data', data]);
    tokenA = (
      await ok(['server', 'user', 'add', '--team', 'emea', '--name', 'Ann', '--data', data])
    )
      .trim()
      .split('\n')
      .at(-1)!;
    tokenB = (
      await ok(['server', 'user', 'add', '--team', 'emea', '--name', 'Bob', '--data', data])
    )
      .trim()
      .split('\n')
      .at(-1)!;
  }, 60_000);

  afterAll(async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    tmp.cleanup();
  });

  const sync = (db: string, token: string) =>
    ok(['--db', db, 'sync', '--server', url, '--token', token]);
  const exported = async (db: string) => ok(['--db', db, 'export', '--json']);

  it('answers health and refuses a bad token with a clear message', async () => {
    const health = (await (await fetch(`${url}/health`)).json()) as { status: string };
    expect(health.status).toBe('ok');
    expect(tokenA).toMatch(/^opd_[A-Za-z0-9_-]{43}$/);
    const bad = await outpost(['--db', dbA, 'sync', '--server', url, '--token', 'opd_nope']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('unknown or was revoked');
  });

  it('converges two replicas after concurrent demo edits', async () => {
    await ok(['--db', dbA, 'demo', '--accounts', '4', '--seed', '5']);
    expect(await sync(dbA, tokenA)).toMatch(/^Pushed \d+ change/);
    expect(await sync(dbB, tokenB)).toContain('snapshot');
    expect(await exported(dbB)).toBe(await exported(dbA));
    // Apart, at the same time.
    await Promise.all([
      ok(['--db', dbA, 'demo', '--edits', '40', '--seed', '1']),
      ok(['--db', dbB, 'demo', '--edits', '40', '--seed', '2']),
    ]);
    await sync(dbA, tokenA);
    await sync(dbB, tokenB);
    expect(await sync(dbA, tokenA)).toContain('in sync with the server');
    expect(await exported(dbB)).toBe(await exported(dbA));
  }, 120_000);

  it('survives a kill -9 of the sync client in the middle of a push', async () => {
    await ok(['--db', dbA, 'demo', '--accounts', '12', '--seed', '9']);
    const pushesBefore = serverLog.split('/v1/push').length;
    const client = spawn(
      process.execPath,
      [...CLI, '--db', dbA, 'sync', '--server', url, '--token', tokenA],
      {
        env,
        stdio: 'ignore',
      },
    );
    // Kill it as soon as the server has stored its first push of this round.
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (serverLog.split('/v1/push').length > pushesBefore) {
          clearInterval(check);
          client.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    await new Promise((resolve) => client.once('exit', resolve));
    await sync(dbA, tokenA);
    await sync(dbB, tokenB);
    expect(await sync(dbA, tokenA)).toContain('in sync with the server');
    expect(await exported(dbB)).toBe(await exported(dbA));
    const local = (file: string) => {
      const db = new Database(file, { readonly: true });
      const n = (
        db.prepare("SELECT count(*) AS n FROM change_log WHERE origin = 'local'").get() as {
          n: number;
        }
      ).n;
      db.close();
      return n;
    };
    const store = new Database(join(data, 'outpost-sync.sqlite'), { readonly: true });
    const stored = store
      .prepare('SELECT count(*) AS n, count(DISTINCT id) AS d FROM changes')
      .get() as { n: number; d: number };
    store.close();
    expect(stored.n).toBe(stored.d);
    expect(stored.n).toBe(local(dbA) + local(dbB));
  }, 120_000);
});
