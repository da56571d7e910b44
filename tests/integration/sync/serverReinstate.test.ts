/**
 * A revoked user can be reinstated with the admin command while the server process runs, on
 * either store: they get a new device token and sync again, with what they pushed before intact;
 * their old tokens stay revoked (a lost laptop's token must not come back); mistakes exit 2.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServerProcess, type RunningSyncServer } from '../../e2e/syncServerProcess';
import { tempDir } from '../testWorkspace';
import {
  POSTGRES_SKIP_REASON,
  POSTGRES_URL,
  emptyPostgres,
  type TestSchema,
} from './postgresTestUrl';

const CLI = ['--import', 'tsx', 'src/hosts/cli/cliMain.ts'];

function outpost(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args], {
      env: { ...process.env, INIT_CWD: '', ...env },
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

if (!POSTGRES_URL) console.log(`PostgreSQL reinstate test skipped: ${POSTGRES_SKIP_REASON}`);

describe.each([
  { name: 'sqlite', postgres: false },
  { name: 'postgres', postgres: true },
])('reinstating a revoked user on the $name store', ({ postgres }) => {
  const skip = postgres && !POSTGRES_URL;
  const tmp = tempDir();
  let schema: TestSchema | null = null;
  let server: RunningSyncServer;
  let storeEnv: Record<string, string> = {};

  beforeAll(async () => {
    if (skip) return;
    schema = postgres ? await emptyPostgres() : null;
    storeEnv = schema ? { DATABASE_URL: schema.url } : {};
    server = await startSyncServerProcess({ env: storeEnv });
  }, 90_000);

  afterAll(async () => {
    await server?.stop();
    await schema?.drop();
    tmp.cleanup();
  });

  const admin = (...args: string[]) =>
    outpost(['server', ...args, '--data', server.dataDir], storeEnv);
  const sync = (db: string, token: string) =>
    outpost(['--db', db, 'sync', '--server', server.url], { OUTPOST_SYNC_TOKEN: token });
  const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

  it.skipIf(skip)(
    'lets them sync again with a new token while the old ones stay revoked',
    async () => {
      const who = ['--team', 'emea', '--name', 'Li Wei'];
      expect((await admin('team', 'add', 'emea')).code).toBe(0);
      const first = lastLine((await admin('user', 'add', ...who)).out);
      const second = lastLine((await admin('device', 'add', ...who)).out);
      const laptop = join(tmp.dir, 'laptop.db');
      expect((await outpost(['--db', laptop, 'demo', '--accounts', '2'])).code).toBe(0);
      const before = await sync(laptop, first);
      expect(before.code, before.err).toBe(0);

      const revoked = await admin('user', 'revoke', ...who);
      expect(revoked.out).toContain('2 device token(s)');
      const refused = await sync(laptop, first);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('unknown or was revoked');
      // Revoked users get no new devices until they are reinstated.
      const noDevice = await admin('device', 'add', ...who);
      expect(noDevice.code).toBe(2);
      expect(noDevice.err).toContain('is revoked');

      const reinstated = await admin('user', 'reinstate', ...who);
      expect(reinstated.code, reinstated.err).toBe(0);
      expect(reinstated.out).toContain('old device tokens stay revoked');
      const fresh = lastLine(reinstated.out);
      expect(fresh).toMatch(/^opd_[A-Za-z0-9_-]{43}$/);
      expect((await admin('users')).out).toContain('emea\tLi Wei\t1 device(s)');

      for (const old of [first, second]) expect((await sync(laptop, old)).code).toBe(1);
      const again = await sync(laptop, fresh);
      expect(again.code, again.err).toBe(0);
      expect(again.out).toContain('in sync with the server');
      // What they pushed before the revocation is still there for a new device.
      const newLaptop = await sync(join(tmp.dir, 'new-laptop.db'), fresh);
      expect(newLaptop.out).toMatch(/after a snapshot of [1-9]\d* row\(s\)/);
      // And more devices can be added again.
      expect((await admin('device', 'add', ...who)).code).toBe(0);
    },
    240_000,
  );

  it.skipIf(skip)(
    'says what is wrong when there is nothing to reinstate',
    async () => {
      const active = await admin('user', 'reinstate', '--team', 'emea', '--name', 'Li Wei');
      expect(active.code).toBe(2);
      expect(active.err).toContain('User "Li Wei" of team "emea" is not revoked');
      const unknown = await admin('user', 'reinstate', '--team', 'emea', '--name', 'Nobody');
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain('No user named "Nobody" in team "emea"');
      const missing = await admin('user', 'reinstate', '--team', 'emea');
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('--name is required');
    },
    120_000,
  );
});
