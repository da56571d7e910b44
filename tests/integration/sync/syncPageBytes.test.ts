/**
 * Hole 2 of issue 13, against a real server process on both stores. An older server accepted
 * notes of 1,000,000 characters; with 600 of them stored every pull and snapshot failed with a
 * 500 "Invalid string length". Upgraded, the server counts each change's bytes, cuts pull and
 * snapshot pages before a byte budget (after one change at least, so pages always progress,
 * with hasMore right), and a laptop syncing from it quarantines the oversized notes. A team's
 * stored changes are capped by a quota, refused with 507 `quota_exceeded` naming quota and use.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createRecord } from '../../../src/services/recordService';
import { httpSyncTransport } from '../../../src/services/sync/httpSyncTransport';
import { runSyncRound } from '../../../src/services/sync/syncRound';
import { listAccountRecords } from '../../../src/db/repositories/recordRepository';
import { DEFAULT_PAGE_BYTES, type SyncChange } from '../../../src/shared/sync/syncProtocol';
import { tempDir } from '../testWorkspace';
import { createOldStore, openStoreSql, plantChanges, plantUser } from './oldServerStore';
import {
  POSTGRES_SKIP_REASON,
  POSTGRES_URL,
  emptyPostgres,
  type TestSchema,
} from './postgresTestUrl';
import { startServerProcess, type ServerProcess, type StoreLocation } from './serverProcess';
import { openReplica } from './syncHarness';

const OLD_CLIENT = '0ddc0ffee0ddc0ff';
const ACCOUNT = '0190a2b4-0000-7000-8000-0000000000aa';
const row = (n: number) => `0190a2b4-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

if (!POSTGRES_URL) console.log(`PostgreSQL store tests skipped: ${POSTGRES_SKIP_REASON}`);

interface Page {
  bytes: number;
  body: {
    changes?: { id: string }[];
    rows?: { rowId: string }[];
    hasMore?: boolean;
    nextCursor?: number;
    next?: string | null;
  };
}

async function get(server: ServerProcess, token: string, path: string): Promise<Page> {
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(200);
  return { bytes: Buffer.byteLength(text), body: JSON.parse(text) as Page['body'] };
}

/** Every pull page from the start, as raw HTTP responses. */
async function pullAll(server: ServerProcess, token: string, clientId: string): Promise<Page[]> {
  const pages: Page[] = [];
  let since = 0;
  for (;;) {
    const page = await get(
      server,
      token,
      `/v1/pull?since=${since}&limit=5000&clientId=${clientId}`,
    );
    pages.push(page);
    if (!page.body.hasMore) return pages;
    expect(page.body.nextCursor).toBeGreaterThan(since);
    since = page.body.nextCursor ?? since;
  }
}

async function snapshotAll(server: ServerProcess, token: string): Promise<Page[]> {
  const pages: Page[] = [];
  let after: string | null | undefined = null;
  for (;;) {
    const page = await get(
      server,
      token,
      `/v1/snapshot?limit=5000${after ? `&after=${encodeURIComponent(after)}` : ''}`,
    );
    pages.push(page);
    after = page.body.next;
    if (!after) return pages;
  }
}

describe.each([
  { store: 'sqlite', postgres: false },
  { store: 'postgres', postgres: true },
])('byte-capped pages and the team quota on the $store store', ({ postgres }) => {
  const skip = postgres && !POSTGRES_URL;
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function location(): Promise<StoreLocation> {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    if (!postgres) return { dataDir: tmp.dir };
    const schema: TestSchema = await emptyPostgres();
    cleanups.push(schema.drop);
    return { dataDir: tmp.dir, databaseUrl: schema.url };
  }

  it.skipIf(skip)(
    'serves 600 notes of a million characters an older server stored, page by page',
    async () => {
      const where = await location();
      const sql = await openStoreSql(where);
      await createOldStore(sql);
      const annToken = await plantUser(sql, 'emea', 'ann');
      const bobToken = await plantUser(sql, 'emea', 'bob');
      const note = 'x'.repeat(1_000_000);
      const at = new Date(Date.now() - 3_600_000);
      for (let batch = 0; batch < 600; batch += 50) {
        const changes: SyncChange[] = [];
        for (let n = batch; n < batch + 50; n++)
          changes.push({
            id: `${new Date(at.getTime() + n).toISOString()}-0000-${OLD_CLIENT}`,
            table: 'touchpoints',
            rowId: row(n + 1),
            data: {
              account_id: ACCOUNT,
              date: '2026-11-20',
              kind: 'meeting',
              summary: `Visit ${n}`,
              notes: note,
            },
          });
        await plantChanges(sql, { team: 'emea', user: 'ann', clientId: OLD_CLIENT }, changes);
      }
      await sql.close();

      const server = await startServerProcess(where);
      cleanups.push(() => server.stop());
      // The upgrade counted every stored change toward the team's storage.
      const check = await openStoreSql(where);
      const [team] = await check.run('SELECT stored_bytes FROM teams WHERE name = $1', ['emea']);
      await check.close();
      expect(Number(team?.stored_bytes)).toBeGreaterThan(600_000_000);

      const pulls = await pullAll(server, bobToken, '1111111111111111');
      const pulled = pulls.flatMap((p) => p.body.changes ?? []).map((c) => c.id);
      expect(new Set(pulled).size).toBe(600);
      expect(pulled).toHaveLength(600);
      expect(pulls.length).toBeGreaterThan(100);
      for (const page of pulls)
        expect(page.bytes <= DEFAULT_PAGE_BYTES || page.body.changes?.length === 1).toBe(true);
      expect(pulls.at(-1)?.body.hasMore).toBe(false);

      // The snapshot serves no note an older server let through too long (each row is checked).
      const snapshot = await snapshotAll(server, annToken);
      for (const page of snapshot) expect(page.bytes).toBeLessThanOrEqual(DEFAULT_PAGE_BYTES);
      expect(snapshot.flatMap((p) => p.body.rows ?? [])).toEqual([]);

      // A laptop that was already in use syncs through the log: every oversized note held back.
      const tmp = tempDir();
      cleanups.push(tmp.cleanup);
      const bob = openReplica(
        tmp.dir,
        'bob',
        httpSyncTransport({ serverUrl: server.url, token: bobToken }),
        Date.now(),
      );
      createRecord(bob.ws, 'accounts', { name: 'Local first' });
      const round = await runSyncRound(bob.ws, bob.transport);
      expect(round).toMatchObject({ pulled: 600, quarantined: 600, pushed: 2, inSync: true });
      bob.ws.close();
    },
    300_000,
  );

  it.skipIf(skip)(
    'pages valid big notes within the budget and refuses a push past the quota',
    async () => {
      const where = await location();
      const server = await startServerProcess(where, ['--page-kb', '512', '--team-quota-mb', '12']);
      cleanups.push(() => server.stop());
      const ann = await server.addUser('emea', 'ann');
      const bob = await server.addUser('emea', 'bob');
      const eve = await server.addUser('apac', 'eve');
      const tmp = tempDir();
      cleanups.push(tmp.cleanup);
      const replica = (name: string, token: string) =>
        openReplica(tmp.dir, name, httpSyncTransport({ serverUrl: server.url, token }), Date.now());
      const a = replica('a', ann);
      const account = createRecord(a.ws, 'accounts', { name: 'Acme' });
      // The longest note a touchpoint may hold (100,000 characters), each its own.
      const notes = (n: number) =>
        `Note ${n}: ${'会议纪要 minutes '.repeat(10_000)}`.slice(0, 99_999) + '.';
      for (let n = 0; n < 60; n++)
        createRecord(a.ws, 'touchpoints', {
          accountId: account.id,
          date: '2026-11-20',
          summary: `Visit ${n}`,
          notes: notes(n),
        });
      expect((await runSyncRound(a.ws, a.transport, { pushBatch: 20 })).pushed).toBe(62);

      const pulls = await pullAll(server, bob, '2222222222222222');
      expect(pulls.flatMap((p) => p.body.changes ?? [])).toHaveLength(62);
      expect(pulls.length).toBeGreaterThanOrEqual(12);
      for (const page of pulls) expect(page.bytes).toBeLessThanOrEqual(512 * 1024);
      const snapshot = await snapshotAll(server, bob);
      // The account, its handover checklist and the 60 touchpoints.
      expect(snapshot.flatMap((p) => p.body.rows ?? [])).toHaveLength(62);
      for (const page of snapshot) expect(page.bytes).toBeLessThanOrEqual(512 * 1024);
      // A new device gets every note whole through those pages.
      const b = replica('b', bob);
      await runSyncRound(b.ws, b.transport);
      const received = listAccountRecords(b.ws.db.sqlite, 'touchpoints', account.id);
      const sent = new Set(Array.from({ length: 60 }, (_, n) => notes(n)));
      expect(received).toHaveLength(60);
      expect(received.filter((t) => !sent.has(t.notes)).map((t) => t.summary)).toEqual([]);

      // About 10 MB stored: 30 more notes would pass the 12 MB quota, so that push is refused.
      const before = await server.admin.stats();
      for (let n = 60; n < 90; n++)
        createRecord(a.ws, 'touchpoints', {
          accountId: account.id,
          date: '2026-11-21',
          summary: `Visit ${n}`,
          notes: notes(n),
        });
      const refused = await runSyncRound(a.ws, a.transport, { pushBatch: 30 }).catch(
        (e: unknown) => e,
      );
      expect(refused).toMatchObject({ status: 507, code: 'quota_exceeded' });
      expect(String((refused as Error).message)).toMatch(
        /Team "emea" has used [\d.]+ MB of its storage quota of 12 MB; this push needs [\d.]+ MB more/,
      );
      expect(await server.admin.stats()).toEqual(before);
      // Another team has a quota of its own.
      const e = replica('e', eve);
      createRecord(e.ws, 'accounts', { name: 'Apac Co' });
      expect((await runSyncRound(e.ws, e.transport)).pushed).toBe(2);
      for (const r of [a, b, e]) r.ws.close();
    },
    300_000,
  );
});
