/**
 * Hole 1 of issue 13, against a real server process on both stores: a change id whose time
 * matches the id pattern but is no real instant (`9999-99-99T99:99:99.999Z`, month 13, 30
 * February) is refused with a 400 before anything is stored; and a replica that pulls one an
 * older server stored — through the log or a new device's snapshot — quarantines it, keeps
 * writing locally, stays in sync, and takes later real edits of the same field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord, updateRecord } from '../../../src/services/recordService';
import { httpSyncTransport } from '../../../src/services/sync/httpSyncTransport';
import { listQuarantineViews } from '../../../src/services/sync/quarantineService';
import { runSyncRound } from '../../../src/services/sync/syncRound';
import { findRecord } from '../../../src/db/repositories/recordRepository';
import type { SyncChange } from '../../../src/shared/sync/syncProtocol';
import { tempDir } from '../testWorkspace';
import { openStoreSql, plantChanges } from './oldServerStore';
import {
  POSTGRES_SKIP_REASON,
  POSTGRES_URL,
  emptyPostgres,
  type TestSchema,
} from './postgresTestUrl';
import { startServerProcess, type ServerProcess } from './serverProcess';
import { openReplica, type Replica } from './syncHarness';

const MALLORY = 'ba5eba11deadbeef';
const POISONED = [
  '9999-99-99T99:99:99.999Z',
  '2026-13-01T10:00:00.000Z',
  '2026-02-30T10:00:00.000Z',
  '2026-11-22T24:00:00.000Z',
];

if (!POSTGRES_URL) console.log(`PostgreSQL store tests skipped: ${POSTGRES_SKIP_REASON}`);

describe.each([
  { store: 'sqlite', postgres: false },
  { store: 'postgres', postgres: true },
])('poisoned change ids on the $store store', ({ postgres }) => {
  const skip = postgres && !POSTGRES_URL;
  const tmp = tempDir();
  let schema: TestSchema | null = null;
  let server: ServerProcess;
  const location = { dataDir: tmp.dir } as { dataDir: string; databaseUrl?: string };
  const tokens: Record<string, string> = {};
  const replica = (name: string) =>
    openReplica(
      tmp.dir,
      name,
      httpSyncTransport({ serverUrl: server.url, token: tokens[name] ?? '' }),
      Date.now(),
    );

  beforeAll(async () => {
    if (skip) return;
    if (postgres) {
      schema = await emptyPostgres();
      location.databaseUrl = schema.url;
    }
    server = await startServerProcess(location);
    for (const name of ['ann', 'bob', 'cai', 'dan', 'mallory'])
      tokens[name] = await server.addUser('emea', name);
  }, 90_000);

  afterAll(async () => {
    if (skip) return;
    await server.stop();
    await schema?.drop();
    tmp.cleanup();
  });

  const push = (token: string, body: unknown) =>
    fetch(`${server.url}/v1/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it.skipIf(skip)('refuses a change id that does not round-trip, storing nothing', async () => {
    const row = '0190a2b4-0000-7000-8000-000000000001';
    const before = await server.admin.stats();
    for (const time of POISONED) {
      const good = {
        id: `${new Date(Date.now() - 1000).toISOString()}-0000-${MALLORY}`,
        table: 'accounts',
        rowId: row,
        data: { name: 'Fine' },
      };
      const poisoned = { ...good, id: `${time}-ffff-${MALLORY}`, data: { name: 'Pinned' } };
      const response = await push(tokens.mallory!, {
        clientId: MALLORY,
        changes: [good, poisoned],
      });
      expect(response.status, time).toBe(400);
      const body = (await response.json()) as {
        error: { code: string; message: string; problem: Record<string, string> };
      };
      expect(body.error.code).toBe('invalid_change');
      expect(body.error.message).toContain(`accounts/${row} change id`);
      expect(body.error.message).toContain(poisoned.id);
      expect(body.error.problem).toMatchObject({
        table: 'accounts',
        rowId: row,
        code: 'invalidChangeId',
      });
    }
    expect(await server.admin.stats()).toEqual(before);
  });

  it.skipIf(skip)(
    'quarantines a poisoned id an older server stored, and keeps writing and syncing',
    async () => {
      const ann = replica('ann');
      const bob = replica('bob');
      const account = createRecord(ann.ws, 'accounts', { name: 'Acme', region: 'EMEA' });
      await runSyncRound(ann.ws, ann.transport);
      await runSyncRound(bob.ws, bob.transport);
      expect(findRecord(bob.ws.db.sqlite, 'accounts', account.id)?.name).toBe('Acme');

      // An older server took these from Mallory's laptop; they sort above every real time.
      const sql = await openStoreSql(location);
      const poisoned: SyncChange[] = POISONED.map((time, i) => ({
        id: `${time}-${String(i).padStart(4, '0')}-${MALLORY}`,
        table: 'accounts',
        rowId: account.id,
        data: (i === 0 ? { name: 'Pinned forever' } : { region: `Region ${i}` }) as Record<
          string,
          string
        >,
      }));
      await plantChanges(sql, { team: 'emea', user: 'mallory', clientId: MALLORY }, poisoned);
      await sql.close();

      // A new device joins now: the server checks the rows an older server stored, and its
      // snapshot holds each field as the last change with a real id set it.
      const cai: Replica = replica('cai');
      const first = await runSyncRound(cai.ws, cai.transport);
      expect(first.snapshotRows).toBeGreaterThan(0);
      expect(first.inSync).toBe(true);
      expect(findRecord(cai.ws.db.sqlite, 'accounts', account.id)).toMatchObject({
        name: 'Acme',
        region: 'EMEA',
      });
      updateRecord(cai.ws, 'accounts', account.id, { website: 'acme.example' });
      expect((await runSyncRound(cai.ws, cai.transport)).inSync).toBe(true);

      // Bob pulls them from the log: held back, not applied, and the round ends in sync.
      const pulled = await runSyncRound(bob.ws, bob.transport);
      expect(pulled.quarantined).toBe(POISONED.length);
      expect(pulled.inSync).toBe(true);
      expect(findRecord(bob.ws.db.sqlite, 'accounts', account.id)).toMatchObject({
        name: 'Acme',
        region: 'EMEA',
      });
      const held = listQuarantineViews(bob.ws);
      expect(held.map((h) => h.id).sort()).toEqual(poisoned.map((c) => c.id).sort());
      expect(held[0]).toMatchObject({ type: 'accounts', rowId: account.id, author: 'mallory' });
      expect(held[0]?.problems[0]).toMatchObject({ column: '', code: 'invalidChangeId' });

      // Writing still works (the old code failed every write with "Invalid time value")…
      updateRecord(bob.ws, 'accounts', account.id, { region: 'DACH' });
      const afterEdit = await runSyncRound(bob.ws, bob.transport);
      expect(afterEdit).toMatchObject({ pushed: 1, inSync: true });
      // …and so after a restart, which reads the clock back from the log.
      bob.reopen();
      updateRecord(bob.ws, 'accounts', account.id, { industry: 'Retail' });
      expect((await runSyncRound(bob.ws, bob.transport)).inSync).toBe(true);

      // The field is not pinned: Ann's later rename reaches everyone, the new device included.
      await runSyncRound(ann.ws, ann.transport);
      updateRecord(ann.ws, 'accounts', account.id, { name: 'Acme Group' });
      await runSyncRound(ann.ws, ann.transport);
      for (const r of [bob, cai]) await runSyncRound(r.ws, r.transport);
      for (const r of [ann, bob, cai])
        expect(findRecord(r.ws.db.sqlite, 'accounts', account.id)).toMatchObject({
          name: 'Acme Group',
          region: 'DACH',
          industry: 'Retail',
          website: 'acme.example',
        });
      // A device that joins now gets every real value in its snapshot: the server's row, rebuilt
      // from its changes with real ids when Bob wrote to it, is no longer pinned.
      const dan = replica('dan');
      expect((await runSyncRound(dan.ws, dan.transport)).inSync).toBe(true);
      expect(findRecord(dan.ws.db.sqlite, 'accounts', account.id)).toMatchObject({
        name: 'Acme Group',
        region: 'DACH',
        industry: 'Retail',
        website: 'acme.example',
      });
      for (const r of [ann, bob, cai, dan]) r.ws.close();
    },
    120_000,
  );
});
