/**
 * Rate limits of real server processes: requests without a valid token are limited per remote
 * address (429 with Retry-After) while valid tokens from the same address go on working; and
 * the limits live in the store, so two server processes on one SQLite file or one PostgreSQL
 * database give a user (or a guessing address) one budget, not two.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServerProcess, type RunningSyncServer } from '../../e2e/syncServerProcess';
import { openSyncStore, type StoreLocation } from '../../../src/server/store/openSyncStore';
import { tempDir } from '../testWorkspace';
import {
  POSTGRES_SKIP_REASON,
  POSTGRES_URL,
  emptyPostgres,
  type TestSchema,
} from './postgresTestUrl';
import { rawGet } from './rawHttp';
import { addStoreUsers } from './storeUsers';
import { addTestUser, SERVER_URL, startTestServer } from './syncHarness';

const CLIENT = '00f46c64b57c4abf';
const pullPath = `/v1/pull?since=0&clientId=${CLIENT}`;
const BAD = 'opd_guessed0000000000000000000000000000000000';

let servers: RunningSyncServer[] = [];
afterEach(async () => {
  for (const s of servers) await s.stop();
  servers = [];
});

async function start(options: Parameters<typeof startSyncServerProcess>[0] = {}) {
  const server = await startSyncServerProcess(options);
  servers.push(server);
  return server;
}

describe('failed authentication on a server process (default limits)', () => {
  it('answers 429 with Retry-After once an address sends too many bad tokens, and keeps honest users working', async () => {
    const server = await start();
    const location = { dataDir: server.dataDir };
    const [ann, bob] = await addStoreUsers(location, 'emea', 'Ann', 'Bob');
    const store = await openSyncStore(location);
    await store.revokeUser('emea', 'Bob', new Date().toISOString());
    await store.close();
    const statuses: number[] = [];
    // Missing, unknown and revoked tokens all count; Ann's valid one from the same address never.
    for (let i = 0; i < 24; i++) {
      const token = [null, BAD, bob][i % 3] ?? null;
      const bad = await rawGet(`${server.url}${pullPath}`, { token });
      statuses.push(bad.status);
      if (bad.status === 429) {
        expect(bad.retryAfter).toBe('5');
        expect(JSON.parse(bad.body)).toMatchObject({ error: { code: 'rate_limited' } });
      }
      expect((await rawGet(`${server.url}${pullPath}`, { token: ann })).status).toBe(200);
    }
    expect(statuses.slice(0, 20)).toEqual(Array<number>(20).fill(401));
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
    // Another address has a budget of its own.
    const elsewhere = await rawGet(`${server.url}${pullPath}`, {
      token: BAD,
      localAddress: '127.0.0.2',
    });
    expect(elsewhere.status).toBe(401);
  }, 90_000);
});

if (!POSTGRES_URL) console.log(`PostgreSQL rate limit tests skipped: ${POSTGRES_SKIP_REASON}`);

const stores = [
  { name: 'one SQLite file', postgres: false },
  { name: 'one PostgreSQL database', postgres: true },
] as const;

describe.each(stores)('two server processes on $name', ({ postgres }) => {
  const skip = postgres && !POSTGRES_URL;
  let pairServers: RunningSyncServer[] = [];
  let tmp: ReturnType<typeof tempDir> | null = null;
  let schema: TestSchema | null = null;
  let a: RunningSyncServer;
  let b: RunningSyncServer;
  let location: StoreLocation;

  beforeAll(async () => {
    if (skip) return;
    tmp = tempDir();
    schema = postgres ? await emptyPostgres() : null;
    location = { dataDir: tmp.dir, ...(schema ? { databaseUrl: schema.url } : {}) };
    const options = {
      dataDir: tmp.dir,
      ...(schema ? { env: { DATABASE_URL: schema.url } } : {}),
      args: [
        ...['--rate-per-minute', '1', '--rate-burst', '6'],
        ...['--auth-failures-per-minute', '1', '--auth-failure-burst', '4'],
      ],
    };
    // One after the other, so the second finds the store migrated.
    a = await startSyncServerProcess(options);
    pairServers.push(a);
    b = await startSyncServerProcess(options);
    pairServers.push(b);
  }, 90_000);

  afterAll(async () => {
    for (const s of pairServers) await s.stop();
    pairServers = [];
    await schema?.drop();
    tmp?.cleanup();
  });

  it.skipIf(skip)(
    'share one budget per user between them',
    async () => {
      const [ann, bob] = await addStoreUsers(location, 'emea', 'Ann', 'Bob');
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++)
        statuses.push((await rawGet(`${(i % 2 ? b : a).url}${pullPath}`, { token: ann })).status);
      // Six in all, not six per process.
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429, 429, 429]);
      const limited = await rawGet(`${a.url}${pullPath}`, { token: ann });
      expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(limited.retryAfter)).toBeLessThanOrEqual(60);
      // Bob's budget is his own (on his own client).
      const bobPull = `/v1/pull?since=0&clientId=11f46c64b57c4abf`;
      expect((await rawGet(`${b.url}${bobPull}`, { token: bob })).status).toBe(200);
    },
    90_000,
  );

  it.skipIf(skip)(
    'share one budget of failed authentications per address',
    async () => {
      const [carl] = await addStoreUsers(location, 'emea', 'Carl');
      const carlPull = `/v1/pull?since=0&clientId=22f46c64b57c4abf`;
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++)
        statuses.push((await rawGet(`${(i % 2 ? b : a).url}${pullPath}`, { token: BAD })).status);
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429, 429, 429]);
      // A valid token from the same address is still served by either process.
      expect((await rawGet(`${a.url}${carlPull}`, { token: carl })).status).toBe(200);
      expect((await rawGet(`${b.url}${carlPull}`, { token: carl })).status).toBe(200);
    },
    90_000,
  );
});

describe.each(stores)('two server apps in one process on $name', ({ postgres }) => {
  const skip = postgres && !POSTGRES_URL;

  // The same sharing without process start-up: each app has a store connection of its own.
  it.skipIf(skip)('grant a user one budget, not one each', async () => {
    const tmp = tempDir();
    const schema = postgres ? await emptyPostgres() : null;
    const options = {
      dir: tmp.dir,
      ...(schema ? { postgresUrl: schema.url } : {}),
      rateLimit: { perSecond: 0.001, burst: 5 },
    };
    const one = await startTestServer(options);
    const two = await startTestServer(options);
    try {
      const token = await addTestUser(one, 'emea', 'Ann');
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const server = i % 2 ? two : one;
        const response = await server.fetch(`${SERVER_URL}${pullPath}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        statuses.push(response.status);
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    } finally {
      await one.close();
      await two.close();
      await schema?.drop();
      tmp.cleanup();
    }
  });
});
