/**
 * What the sync server does about a copied database, on both stores (SQLite, and a real
 * PostgreSQL): a change id that arrives again with other content is refused (409
 * change_conflict) while the same content stays idempotent; a client id belongs to the device
 * token that first used it; a client's new change older than one it already stored means a
 * second copy (409 node_taken); the team checksum covers content, and a store from before that
 * gets its checksums recomputed when it opens. A clock_drift refusal says the server's time.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksumOf } from '../../../src/core/sync/changeChecksum';
import { issueToken } from '../../../src/server/admin/serverAdmin';
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

const change = (
  n: number,
  data: Record<string, string | number | null> = { name: `Acme ${n}` },
) => ({
  id: HLC(n),
  table: 'accounts',
  rowId: ROW,
  data,
});

if (!POSTGRES_URL) console.log(`PostgreSQL store tests skipped: ${POSTGRES_SKIP_REASON}`);

describe.each([
  { name: 'sqlite', postgres: false },
  { name: 'postgres', postgres: true },
])('a copied database against the $name store', ({ postgres }) => {
  const skip = postgres && !POSTGRES_URL;
  let dir: ReturnType<typeof tempDir>;
  let server: TestServer;
  let schema: TestSchema | null = null;
  let ann: string;

  const request = (path: string, token: string, body?: unknown) =>
    server.fetch(`${SERVER_URL}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const push = (token: string, changes: unknown[], clientId = CLIENT) =>
    request('/v1/push', token, { clientId, changes });
  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: { code: string; message: string; serverTime?: string } })
      .error;
  const pullAll = async (token: string) =>
    (await (await request(`/v1/pull?since=0&clientId=${OTHER_CLIENT}`, token)).json()) as {
      changes: { id: string; data: Record<string, unknown> }[];
      checksum: string;
    };

  /** Runs SQL on the store's own database behind the server's back. */
  async function raw(sql: string): Promise<void> {
    if (schema) {
      const client = new pg.Client({ connectionString: schema.url });
      await client.connect();
      await client.query(sql);
      await client.end();
    } else {
      const db = new Database(join(dir.dir, 'server.sqlite'));
      db.exec(sql);
      db.close();
    }
  }

  beforeEach(async () => {
    if (skip) return;
    dir = tempDir();
    schema = postgres ? await emptyPostgres() : null;
    server = await startTestServer({
      dir: dir.dir,
      ...(schema ? { postgresUrl: schema.url } : {}),
    });
    ann = await addTestUser(server, 'emea', 'Ann');
  });
  afterEach(async () => {
    if (skip) return;
    await server.close();
    await schema?.drop();
    dir.cleanup();
  });

  it.skipIf(skip)('refuses a repeated change id with other content (409), whole', async () => {
    const two = change(1, { name: 'Acme', region: 'EMEA' });
    expect((await push(ann, [two])).status).toBe(200);
    // The same content again — in another key order — is the same change: acknowledged.
    const again = await push(ann, [{ ...two, data: { region: 'EMEA', name: 'Acme' } }]);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ acknowledged: [two.id], stored: 0 });

    const copied = await push(ann, [change(2), { ...two, data: { name: 'Acme', region: 'APAC' } }]);
    expect(copied.status).toBe(409);
    const error = await errorOf(copied);
    expect(error.code).toBe('change_conflict');
    expect(error.message).toContain(two.id);
    // Other base clocks are other content too; so is a repeat inside one push.
    const based = await push(ann, [{ ...two, base: { name: HLC(0) } }]);
    expect((await errorOf(based)).code).toBe('change_conflict');
    const twice = await push(ann, [change(3), change(3, { name: 'Other' })]);
    expect((await errorOf(twice)).code).toBe('change_conflict');

    // Nothing of the refused pushes was stored: change 2 and 3 are not there, 1 is unchanged.
    expect((await server.store.stats()).changes).toBe(1);
    const bob = await addTestUser(server, 'emea', 'Bob');
    expect((await pullAll(bob)).changes.map((c) => c.data)).toEqual([
      { name: 'Acme', region: 'EMEA' },
    ]);
  });

  it.skipIf(skip)('binds a client id to the device token that first used it', async () => {
    const now = new Date(server.now.ms).toISOString();
    const annLaptop2 = await issueToken(server.store, 'device', 'emea', 'Ann', now);
    expect((await push(ann, [change(1)])).status).toBe(200);
    // The same user's other device, with this client id (a copied database): refused.
    const copy = await push(annLaptop2, [change(2)]);
    expect(copy.status).toBe(409);
    expect((await errorOf(copy)).code).toBe('node_taken');
    const pulled = await request(`/v1/pull?since=0&clientId=${CLIENT}`, annLaptop2);
    expect(pulled.status).toBe(409);
    expect((await errorOf(pulled)).message).toContain('another device');
    // With a client id of its own it syncs; the first device keeps its id.
    const own = [{ ...change(3), id: HLC(3, OTHER_CLIENT) }];
    expect((await push(annLaptop2, own, OTHER_CLIENT)).status).toBe(200);
    expect((await push(ann, [change(4)])).status).toBe(200);
    expect((await server.store.stats()).changes).toBe(3);
  });

  it.skipIf(skip)('refuses a new change older than one the client already stored', async () => {
    expect((await push(ann, [change(5)])).status).toBe(200);
    // An HLC only moves forward: a new change from before the newest is a second copy's.
    const forked = await push(ann, [change(3)]);
    expect(forked.status).toBe(409);
    expect((await errorOf(forked)).code).toBe('node_taken');
    // Repeats of what is stored, and newer changes, are fine; so is a crash-and-retry batch.
    expect((await push(ann, [change(5)])).status).toBe(200);
    expect((await push(ann, [change(5), change(6), change(7)])).status).toBe(200);
    // The check holds across a restart of the store.
    await server.restart();
    expect((await errorOf(await push(ann, [change(4)]))).code).toBe('node_taken');
    expect((await server.store.stats()).changes).toBe(3);
  });

  it.skipIf(skip)('folds content into the checksum, and upgrades an older store', async () => {
    const changes = [change(1), change(2, { region: 'EMEA' }), change(3, { notes: '续约' })];
    expect((await push(ann, changes)).status).toBe(200);
    const bob = await addTestUser(server, 'emea', 'Bob');
    const expected = checksumOf(changes);
    expect((await pullAll(bob)).checksum).toBe(expected);
    expect(expected).not.toBe(checksumOf([change(1), change(2), change(3, { notes: '续约' })]));

    // A store from before content checksums: wrong sums, version 1. Reopening fixes them.
    await raw(
      "UPDATE changes SET checksum = '0123456789abcdef'; UPDATE teams SET checksum = 'fedcba9876543210', checksum_version = 1",
    );
    await server.restart();
    expect((await pullAll(bob)).checksum).toBe(expected);
    // Every change's running checksum too (a paged pull reports the one of its last change).
    const page = (await (
      await request(`/v1/pull?since=0&limit=2&clientId=${OTHER_CLIENT}`, bob)
    ).json()) as { checksum: string; hasMore: boolean };
    expect(page).toMatchObject({ hasMore: true, checksum: checksumOf(changes.slice(0, 2)) });
  });

  it.skipIf(skip)("says the server's time when it refuses a clock ahead", async () => {
    const ahead = { ...change(1), id: `2026-11-23T10:00:00.000Z-0000-${CLIENT}` };
    const refused = await push(ann, [ahead]);
    expect(refused.status).toBe(400);
    expect(await errorOf(refused)).toMatchObject({
      code: 'clock_drift',
      serverTime: new Date(server.now.ms).toISOString(),
    });
  });
});
