/**
 * The device token and the server against a real server process: `sync` takes the token from
 * standard input, the environment or the app's saved settings (the `--token` flag still works,
 * with a warning, since every user of the machine can read a command line); and no client — CLI
 * or app — sends the token over plain http:// to another computer unless the user allowed it.
 * Loopback stays allowed. The server listens on every interface, so it can be reached through
 * this machine's own network address as "another computer".
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSyncSettings, writeSyncSettings } from '../../../src/db/sync/syncSettings';
import { createApiHandlers } from '../../../src/services/apiHandlers';
import { dispatch } from '../../../src/services/dispatch';
import { createRecord } from '../../../src/services/recordService';
import { InsecureServerUrlError } from '../../../src/services/sync/httpSyncTransport';
import { SyncScheduler } from '../../../src/services/sync/syncScheduler';
import { openWorkspace } from '../../../src/services/workspace';
import { startSyncServerProcess, type RunningSyncServer } from '../../e2e/syncServerProcess';
import { tempDir } from '../testWorkspace';
import { POSTGRES_SKIP_REASON, POSTGRES_URL, emptyPostgres } from './postgresTestUrl';
import { addStoreUsers } from './storeUsers';

const CLI = ['--import', 'tsx', 'src/hosts/cli/cliMain.ts'];

/** This machine's first non-loopback IPv4 address: a host that is not "this computer" by name. */
const LAN_ADDRESS =
  Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address ?? null;
const NO_LAN =
  'this machine has no non-loopback IPv4 address to reach the server through as another host';
if (!LAN_ADDRESS) console.log(`Plain-http refusal tests skipped: ${NO_LAN}`);

function outpost(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string } = {},
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: '', ...options.env };
    if (!options.env?.OUTPOST_SYNC_TOKEN) delete env.OUTPOST_SYNC_TOKEN;
    const child = spawn(process.execPath, [...CLI, ...args], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (c: string) => (out += c));
    child.stderr.on('data', (c: string) => (err += c));
    child.on('exit', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(options.stdin ?? '');
  });
}

const tmp = tempDir();
let server: RunningSyncServer;
let loopbackUrl = '';
let lanUrl = '';
let ann = '';
let bob = '';
let cara = '';
const requestsSeen = () => server.output().split('"path":"/v1/').length - 1;

beforeAll(async () => {
  server = await startSyncServerProcess({ args: ['--host', '0.0.0.0'] });
  const port = new URL(server.url).port;
  loopbackUrl = `http://127.0.0.1:${port}`;
  lanUrl = LAN_ADDRESS ? `http://${LAN_ADDRESS}:${port}` : '';
  [ann = '', bob = '', cara = ''] = await addStoreUsers(
    { dataDir: server.dataDir },
    'emea',
    'Ann',
    'Bob',
    'Cara',
  );
}, 90_000);

afterAll(async () => {
  await server?.stop();
  tmp.cleanup();
});

describe('the sync token off the command line', () => {
  it('is read from standard input or the environment, without a warning', async () => {
    const db = join(tmp.dir, 'stdin.db');
    const piped = await outpost(['--db', db, 'sync', '--server', loopbackUrl, '--token-stdin'], {
      stdin: `${ann}\n`,
    });
    expect(piped.code, piped.err).toBe(0);
    expect(piped.out).toContain('in sync with the server');
    expect(piped.err).toBe('');
    const fromEnv = await outpost(['--db', db, 'sync', '--server', loopbackUrl], {
      env: { OUTPOST_SYNC_TOKEN: ann },
    });
    expect(fromEnv.code, fromEnv.err).toBe(0);
    expect(fromEnv.err).toBe('');
  }, 120_000);

  it('still works as --token, with a warning that others can see it', async () => {
    const flag = await outpost([
      ...['--db', join(tmp.dir, 'flag.db'), 'sync', '--server', loopbackUrl],
      ...['--token', ann],
    ]);
    expect(flag.code, flag.err).toBe(0);
    expect(flag.err).toContain('warning: --token shows the device token to every user');
    expect(flag.err).toContain('--token-stdin');
  }, 60_000);

  it('comes from the settings the app saved in the database when none is given', async () => {
    const db = join(tmp.dir, 'app.db');
    const ws = openWorkspace(db);
    createRecord(ws, 'accounts', { name: 'Saved Settings Co' });
    writeSyncSettings(ws.db.sqlite, { serverUrl: loopbackUrl, token: bob });
    ws.close();
    const saved = await outpost(['--db', db, 'sync']);
    expect(saved.code, saved.err).toBe(0);
    expect(saved.out).toMatch(/^Pushed [1-9]\d* change/);
    expect(saved.err).toBe('');
  }, 60_000);

  it('is asked for clearly when missing, and nothing is written', async () => {
    const db = join(tmp.dir, 'never.db');
    const cases: [string[], string, RegExp][] = [
      [
        ['sync', '--server', loopbackUrl],
        '',
        /sync needs a device token: pipe it to --token-stdin or set OUTPOST_SYNC_TOKEN/,
      ],
      [['sync', '--server', loopbackUrl, '--token-stdin'], '', /--token-stdin read no token/],
      [['sync', '--server', loopbackUrl, '--token-stdin', '--token', ann], '', /not both/],
      [['sync', '--server', 'ftp://x', '--token-stdin'], ann, /must start with http/],
    ];
    for (const [args, stdin, message] of cases) {
      const result = await outpost(['--db', db, ...args], { stdin });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(message);
    }
    expect(existsSync(db)).toBe(false);
  }, 120_000);
});

describe('plain http to another computer', () => {
  it.skipIf(!LAN_ADDRESS)(
    'is refused by the CLI before the token is sent, unless allowed',
    async () => {
      const db = join(tmp.dir, 'lan.db');
      const before = requestsSeen();
      const refused = await outpost(['--db', db, 'sync', '--server', lanUrl], {
        env: { OUTPOST_SYNC_TOKEN: cara },
      });
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(
        `Refusing to send this device's token over plain http:// to ${LAN_ADDRESS}`,
      );
      expect(refused.err).toContain('--allow-insecure-http');
      expect(requestsSeen()).toBe(before);
      const allowed = await outpost(
        ['--db', db, 'sync', '--server', lanUrl, '--allow-insecure-http'],
        {
          env: { OUTPOST_SYNC_TOKEN: cara },
        },
      );
      expect(allowed.code, allowed.err).toBe(0);
      expect(allowed.out).toContain('in sync with the server');
      expect(requestsSeen()).toBeGreaterThan(before);
    },
    120_000,
  );

  it.skipIf(!LAN_ADDRESS)(
    'is refused by the app unless the user allows it in the sync settings',
    async () => {
      const ws = openWorkspace(join(tmp.dir, 'app-lan.db'));
      try {
        const scheduler = new SyncScheduler(ws);
        const handlers = createApiHandlers(ws, scheduler);
        const before = requestsSeen();
        const refused = await dispatch(handlers, 'sync:configure', {
          serverUrl: lanUrl,
          token: cara,
        });
        expect(refused).toMatchObject({
          ok: false,
          error: { code: 'invalid_input', issues: [{ path: 'serverUrl', code: 'insecureHttp' }] },
        });
        // Checked before anything is saved or sent, like the address itself.
        expect(() => scheduler.configure(lanUrl, cara)).toThrow(InsecureServerUrlError);
        expect(readSyncSettings(ws.db.sqlite)).toBeNull();
        expect(requestsSeen()).toBe(before);

        const allowed = await dispatch(handlers, 'sync:configure', {
          serverUrl: lanUrl,
          token: cara,
          allowInsecureHttp: true,
        });
        expect(allowed).toMatchObject({ ok: true, data: { state: 'up_to_date', errorCode: null } });
        expect(readSyncSettings(ws.db.sqlite)).toMatchObject({ allowInsecureHttp: true });

        // Settings saved before this rule (no consent) stop at the next round, with a code the
        // UI shows in the user's language, and send nothing.
        writeSyncSettings(ws.db.sqlite, { serverUrl: lanUrl, token: cara });
        const seen = requestsSeen();
        const status = await scheduler.syncNow();
        expect(status).toMatchObject({ state: 'error', errorCode: 'insecureHttp' });
        expect(requestsSeen()).toBe(seen);
        await scheduler.stop();
      } finally {
        ws.close();
      }
    },
    120_000,
  );

  it('stays allowed to this computer (127.0.0.1, localhost) without asking', async () => {
    const ws = openWorkspace(join(tmp.dir, 'loopback.db'));
    try {
      const scheduler = new SyncScheduler(ws);
      const port = new URL(loopbackUrl).port;
      expect(await scheduler.configure(`http://localhost:${port}`, cara)).toMatchObject({
        state: 'up_to_date',
      });
      expect(await scheduler.configure(loopbackUrl, cara)).toMatchObject({ state: 'up_to_date' });
      await scheduler.stop();
    } finally {
      ws.close();
    }
  }, 60_000);
});

describe('the PostgreSQL URL off the command line', () => {
  it.skipIf(!POSTGRES_URL)(
    'is read from DATABASE_URL; on the command line its password draws a warning',
    async () => {
      const schema = await emptyPostgres();
      try {
        const withPassword = new URL(schema.url);
        if (!withPassword.password) withPassword.password = 'unused';
        const flag = await outpost(['server', 'users', '--database-url', withPassword.toString()]);
        expect(flag.err).toContain('warning: --database-url shows its password to every user');
        expect(flag.err).toContain('DATABASE_URL');
        const env = await outpost(['server', 'users'], { env: { DATABASE_URL: schema.url } });
        expect(env.code, env.err).toBe(0);
        expect(env.err).toBe('');
      } finally {
        await schema.drop();
      }
    },
    60_000,
  );
  if (!POSTGRES_URL) console.log(`DATABASE_URL test skipped: ${POSTGRES_SKIP_REASON}`);
});
