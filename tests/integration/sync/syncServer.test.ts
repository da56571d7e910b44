/**
 * The sync server's HTTP API against both stores (SQLite, and a real PostgreSQL): health,
 * the authorization matrix for every route, team isolation, client binding, strict validation
 * with fuzzed bodies (never a 5xx, never a change stored), body limit (413) and rate limit (429).
 * Malformed requests are fuzzed here; well-formed ones with wrong meanings in every field, against
 * a real server process, in syncSemanticFuzz.test.ts.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hlcNode } from '../../../src/shared/sync/hlcFormat';
import { tempDir } from '../testWorkspace';
import {
  POSTGRES_SKIP_REASON,
  POSTGRES_URL,
  emptyPostgres,
  type TestSchema,
} from './postgresTestUrl';
import { addTestUser, SERVER_URL, startTestServer, type TestServer } from './syncHarness';

const CLIENT = '00f46c64b57c4abf';
const OTHER_CLIENT = '11f46c64b57c4abf';
const HLC = (n: number, node = CLIENT) =>
  `2026-11-22T10:00:00.${String(n).padStart(3, '0')}Z-0000-${node}`;
const ROW = '0190a2b4-0000-7000-8000-000000000001';

const change = (n: number, fields: Record<string, unknown> = { name: `Acme ${n}` }) => ({
  id: HLC(n),
  table: 'accounts',
  rowId: ROW,
  data: fields,
});

/** Replacements that would leave the request valid, so they are not malformed. */
function stillValid(key: string, value: unknown): boolean {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  switch (key) {
    case 'clientId':
      return typeof value === 'string' && /^[0-9a-f]{16}$/.test(value);
    case 'changes':
      return Array.isArray(value) && value.length === 0;
    case 'table':
      return value === 'accounts';
    case 'rowId':
      return typeof value === 'string' && /^[0-9A-Za-z_-]{1,64}$/.test(value);
    case 'data':
      return (
        isObject &&
        Object.keys(value).length > 0 &&
        Object.values(value).every((v) => typeof v === 'string')
      );
    case 'base':
      return value === null || (isObject && Object.keys(value).length === 0);
    default:
      return false;
  }
}

if (!POSTGRES_URL) console.log(`PostgreSQL store tests skipped: ${POSTGRES_SKIP_REASON}`);

const stores = [
  { name: 'sqlite', postgres: false },
  { name: 'postgres', postgres: true },
] as const;

describe.each(stores)('sync server on the $name store', ({ postgres }) => {
  const skip = postgres && !POSTGRES_URL;
  let dir: ReturnType<typeof tempDir>;
  let server: TestServer;
  let ann: string;
  let bob: string;
  let eve: string;
  let schema: TestSchema | null = null;

  const request = (
    path: string,
    init: { method?: string; token?: string | null; body?: string } = {},
  ) =>
    server.fetch(`${SERVER_URL}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        'content-type': 'application/json',
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
  const push = (token: string, body: unknown) =>
    request('/v1/push', {
      method: 'POST',
      token,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const pull = (token: string, query = `since=0&clientId=${OTHER_CLIENT}`) =>
    request(`/v1/pull?${query}`, { token });

  async function start(
    options: Parameters<typeof startTestServer>[0] extends infer O ? Partial<O> : never = {},
  ) {
    dir = tempDir();
    schema = postgres ? await emptyPostgres() : null;
    server = await startTestServer({
      dir: dir.dir,
      ...(schema ? { postgresUrl: schema.url } : {}),
      ...options,
    });
    ann = await addTestUser(server, 'emea', 'Ann');
    bob = await addTestUser(server, 'emea', 'Bob');
    eve = await addTestUser(server, 'apac', 'Eve');
  }

  beforeEach(async () => {
    if (!skip) await start();
  });
  afterEach(async () => {
    if (skip) return;
    await server.close();
    await schema?.drop();
    dir.cleanup();
  });

  it.skipIf(skip)('answers health without a token', async () => {
    for (const path of ['/', '/health']) {
      const response = await request(path);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: 'ok',
        store: postgres ? 'postgres' : 'sqlite',
      });
    }
  });

  it.skipIf(skip)('refuses every route without a valid, unrevoked token', async () => {
    await server.store.revokeUser('emea', 'Bob', new Date().toISOString());
    const routes = [
      {
        path: '/v1/push',
        method: 'POST',
        body: JSON.stringify({ clientId: CLIENT, changes: [change(1)] }),
      },
      { path: `/v1/pull?since=0&clientId=${CLIENT}`, method: 'GET' },
      { path: '/v1/snapshot', method: 'GET' },
    ];
    for (const route of routes)
      for (const token of [null, 'opd_not-a-real-token', bob, 'Bearer', 'x'.repeat(300)]) {
        const response = await request(route.path, { ...route, token });
        expect(
          response.status,
          `${route.method} ${route.path} with ${String(token).slice(0, 12)}`,
        ).toBe(401);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
          'unauthorized',
        );
      }
    expect((await server.store.stats()).changes).toBe(0);
  });

  it.skipIf(skip)('keeps teams apart and takes the team from the token only', async () => {
    expect((await push(ann, { clientId: CLIENT, changes: [change(1)] })).status).toBe(200);
    // Eve (another team) sees nothing of it, in the log or the snapshot…
    const eveClient = '22f46c64b57c4abf';
    const evePull = (await (await pull(eve, `since=0&clientId=${eveClient}`)).json()) as {
      changes: unknown[];
    };
    expect(evePull.changes).toEqual([]);
    const eveSnapshot = (await (await request('/v1/snapshot', { token: eve })).json()) as {
      rows: unknown[];
    };
    expect(eveSnapshot.rows).toEqual([]);
    // …and the same change id pushed by her lands in her team only.
    const evePush = await push(eve, {
      clientId: eveClient,
      changes: [{ ...change(1), id: HLC(1, eveClient), data: { name: 'Apac Co' } }],
    });
    expect(evePush.status).toBe(200);
    const bobPull = (await (await pull(bob)).json()) as {
      changes: { data: unknown; author: string }[];
    };
    expect(bobPull.changes.map((c) => [c.data, c.author])).toEqual([[{ name: 'Acme 1' }, 'Ann']]);
  });

  it.skipIf(skip)('binds a client id to its first user and device', async () => {
    expect((await push(ann, { clientId: CLIENT, changes: [change(1)] })).status).toBe(200);
    const stolen = await push(bob, { clientId: CLIENT, changes: [change(2)] });
    expect(stolen.status).toBe(409);
    expect(((await stolen.json()) as { error: { code: string } }).error.code).toBe('node_taken');
    expect((await pull(bob, `since=0&clientId=${CLIENT}`)).status).toBe(409);
    expect((await server.store.stats()).changes).toBe(1);
  });

  it.skipIf(skip)('stores a push once however often it arrives, and pages the pull', async () => {
    const body = { clientId: CLIENT, changes: [1, 2, 3, 4, 5].map((n) => change(n)) };
    for (let i = 0; i < 3; i++) {
      const response = (await (await push(ann, body)).json()) as {
        acknowledged: string[];
        stored: number;
      };
      expect(response.acknowledged).toHaveLength(5);
      expect(response.stored).toBe(i === 0 ? 5 : 0);
    }
    const seen: string[] = [];
    let since = 0;
    for (;;) {
      const page = (await (
        await pull(bob, `since=${since}&limit=2&clientId=${OTHER_CLIENT}`)
      ).json()) as {
        changes: { id: string }[];
        nextCursor: number;
        hasMore: boolean;
      };
      seen.push(...page.changes.map((c) => c.id));
      since = page.nextCursor;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual(body.changes.map((c) => c.id));
    // The pusher does not get its own changes back unless it asks.
    const own = (await (await pull(ann, `since=0&clientId=${CLIENT}`)).json()) as {
      changes: unknown[];
      nextCursor: number;
    };
    expect(own.changes).toEqual([]);
    expect(own.nextCursor).toBe(5);
  });

  it.skipIf(skip)('rejects a push from a clock more than 5 minutes ahead, whole', async () => {
    const ahead = `2026-11-22T10:06:00.000Z-0000-${CLIENT}`;
    const response = await push(ann, {
      clientId: CLIENT,
      changes: [change(1), { ...change(2), id: ahead }],
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('clock_drift');
    expect((await server.store.stats()).changes).toBe(0);
  });

  it.skipIf(skip)(
    'answers ≥ 300 fuzzed malformed requests with 4xx and stores nothing',
    async () => {
      expect((await push(ann, { clientId: CLIENT, changes: [change(1)] })).status).toBe(200);
      const before = await server.store.stats();
      const valid = { clientId: CLIENT, changes: [change(2)] };
      const broken = fc.oneof(
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.string().map((s) => `{"clientId":"${CLIENT}","changes":[${s}`),
        fc.constantFrom(
          '',
          'null',
          '{',
          '[]',
          '{"clientId":1}',
          JSON.stringify({ ...valid, extra: 1 }),
          JSON.stringify({ ...valid, clientId: 'ABC' }),
          JSON.stringify({ clientId: CLIENT, changes: [change(3, {})] }),
          JSON.stringify({ clientId: CLIENT, changes: [change(3, { nope: 'x' })] }),
          JSON.stringify({ clientId: CLIENT, changes: [change(3, { name: 5 })] }),
          JSON.stringify({ clientId: CLIENT, changes: [change(3, { deleted: true })] }),
          JSON.stringify({ clientId: CLIENT, changes: [change(3, { tags: '[1]' })] }),
          JSON.stringify({ clientId: CLIENT, changes: [{ ...change(3), table: 'sqlite_master' }] }),
          JSON.stringify({
            clientId: CLIENT,
            changes: [{ ...change(3), rowId: "x'; DROP TABLE changes;--" }],
          }),
          JSON.stringify({ clientId: CLIENT, changes: [{ ...change(3), id: 'yesterday' }] }),
          JSON.stringify({
            clientId: CLIENT,
            changes: [{ ...change(3), id: HLC(3, OTHER_CLIENT) }],
          }),
          JSON.stringify({
            clientId: CLIENT,
            changes: [{ ...change(3), base: { region: HLC(1) } }],
          }),
        ),
        // A valid request with one random field replaced by a random JSON value.
        fc
          .record({
            key: fc.constantFrom('clientId', 'changes', 'id', 'table', 'rowId', 'data', 'base'),
            value: fc.jsonValue(),
          })
          .filter(({ key, value }) => !stillValid(key, value))
          .map(({ key, value }) =>
            JSON.stringify(
              key === 'clientId' || key === 'changes'
                ? { ...valid, [key]: value }
                : { ...valid, changes: [{ ...change(4), [key]: value }] },
            ),
          ),
      );
      const badQueries = fc.oneof(
        fc
          .string()
          .filter((s) => !/^\d{1,16}$/.test(s))
          .map((s) => `/v1/pull?since=${encodeURIComponent(s)}&clientId=${CLIENT}`),
        fc
          .string()
          .filter((s) => !/^[0-9a-f]{16}$/.test(s))
          .map((s) => `/v1/pull?since=0&clientId=${encodeURIComponent(s)}`),
        fc.integer({ min: 5001, max: 1e9 }).map((n) => `/v1/pull?limit=${n}&clientId=${CLIENT}`),
        fc.constantFrom(
          '/v1/pull',
          `/v1/pull?since=-1&clientId=${CLIENT}`,
          `/v1/pull?since=1.5&clientId=${CLIENT}`,
          `/v1/pull?own=2&clientId=${CLIENT}`,
          `/v1/pull?x=1&clientId=${CLIENT}`,
        ),
        fc
          .string()
          .filter((s) => !/^[a-z_]+\/[0-9A-Za-z_-]+$/.test(s))
          .map((s) => `/v1/snapshot?after=${encodeURIComponent(s)}`),
        fc.constantFrom(
          '/v1/snapshot?limit=0',
          '/v1/snapshot?limit=abc',
          '/v1/snapshot?after=accounts',
        ),
      );
      let count = 0;
      await fc.assert(
        fc.asyncProperty(broken, async (body) => {
          count++;
          const response = await push(ann, body);
          expect(response.status, body.slice(0, 200)).toBe(400);
        }),
        { numRuns: 300 },
      );
      await fc.assert(
        fc.asyncProperty(badQueries, async (path) => {
          count++;
          const response = await request(path, { token: ann });
          expect(response.status, path).toBeGreaterThanOrEqual(400);
          expect(response.status, path).toBeLessThan(500);
        }),
        { numRuns: 100 },
      );
      expect(count).toBeGreaterThanOrEqual(400);
      expect(await server.store.stats()).toEqual(before);
    },
  );

  it.skipIf(skip)('limits the body size (413) and the request rate per user (429)', async () => {
    await server.close();
    await schema?.drop();
    dir.cleanup();
    await start({ maxBodyBytes: 64 * 1024, rateLimit: { perSecond: 1, burst: 3 } });
    const big = { clientId: CLIENT, changes: [change(1, { notes: 'x'.repeat(70 * 1024) })] };
    const tooBig = await push(ann, big);
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { error: { code: string } }).error.code).toBe(
      'payload_too_large',
    );
    expect((await pull(ann, `since=0&clientId=${CLIENT}`)).status).toBe(200);
    expect((await pull(ann, `since=0&clientId=${CLIENT}`)).status).toBe(200);
    const limited = await pull(ann, `since=0&clientId=${CLIENT}`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another user has a bucket of their own; time refills Ann's.
    expect((await pull(bob)).status).toBe(200);
    server.now.ms += 2000;
    expect((await pull(ann, `since=0&clientId=${CLIENT}`)).status).toBe(200);
    expect(hlcNode(HLC(1))).toBe(CLIENT);
  });
});
