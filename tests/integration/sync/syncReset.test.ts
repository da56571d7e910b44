/**
 * Resetting a device's sync state before another user signs in on it (the app's "Reset sync
 * state", through the scheduler): a new node id, the team's log read from its start, and every
 * unsynced change kept and sent under the new sign-in. And a device that took a new node id
 * moving to another server sends the changes it made under the old one too.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCursor } from '../../../src/db/sync/syncState';
import { exportJson } from '../../../src/services/exportService';
import { createRecord, updateRecord } from '../../../src/services/recordService';
import { httpSyncTransport } from '../../../src/services/sync/httpSyncTransport';
import { takeNewNodeId } from '../../../src/services/sync/nodeIdentity';
import { runSyncRound } from '../../../src/services/sync/syncRound';
import { SyncScheduler } from '../../../src/services/sync/syncScheduler';
import {
  addTestUser,
  openReplica,
  SERVER_URL,
  startTestServer,
  transportTo,
  useTestServer,
  type TestServer,
} from './syncHarness';

const schedulerOn = (server: TestServer, ws: Parameters<typeof runSyncRound>[0]) =>
  new SyncScheduler(ws, {
    transportFor: (s) => httpSyncTransport({ ...s, fetch: server.fetch }),
  });

describe('resetting the sync state', () => {
  const ctx = useTestServer();

  it('keeps what was not synced when another user signs in', async () => {
    const laptop = openReplica(ctx.dir, 'laptop', transportTo(ctx.server, 'unused'));
    const scheduler = schedulerOn(ctx.server, laptop.ws);
    const acme = createRecord(laptop.ws, 'accounts', { name: 'Acme', currency: 'EUR' });
    const ann = await addTestUser(ctx.server, 'emea', 'Ann');
    expect((await scheduler.configure(SERVER_URL, ann)).state).toBe('up_to_date');
    laptop.clock.ms += 1000;
    updateRecord(laptop.ws, 'accounts', acme.id, { notes: 'not synced yet' });
    createRecord(laptop.ws, 'accounts', { name: 'Globex', currency: 'USD' });
    const node = laptop.ws.nodeId;

    const reset = await scheduler.reset();
    expect(reset).toMatchObject({
      state: 'never_synced',
      pending: 3,
      nodeChange: { reason: 'reset', kept: 3 },
    });
    expect(laptop.ws.nodeId).not.toBe(node);
    expect(readCursor(laptop.ws.db.sqlite)).toBe(0);

    // Bob signs in on the laptop: the team's log comes from its start; the edits go out.
    const bob = await addTestUser(ctx.server, 'emea', 'Bob');
    const status = await scheduler.configure(SERVER_URL, bob);
    expect(status).toMatchObject({ state: 'up_to_date', pending: 0 });
    expect(status.lastRound).toMatchObject({ pushed: 3 });
    expect(status.lastRound!.pulled).toBeGreaterThan(0);
    const cal = openReplica(
      ctx.dir,
      'cal',
      transportTo(ctx.server, await addTestUser(ctx.server, 'emea', 'Cal')),
    );
    await runSyncRound(cal.ws, cal.transport);
    expect(exportJson(cal.ws)).toBe(exportJson(laptop.ws));
    expect(exportJson(cal.ws)).toContain('not synced yet');
    expect((await runSyncRound(laptop.ws, transportTo(ctx.server, bob))).inSync).toBe(true);
    laptop.ws.close();
    cal.ws.close();
  });

  it('sends the changes made under an earlier node id to a new server', async () => {
    const laptop = openReplica(ctx.dir, 'laptop', transportTo(ctx.server, 'unused'));
    const scheduler = schedulerOn(ctx.server, laptop.ws);
    createRecord(laptop.ws, 'accounts', { name: 'Acme', currency: 'EUR' });
    await scheduler.configure(SERVER_URL, await addTestUser(ctx.server, 'emea', 'Ann'));
    takeNewNodeId(laptop.ws, 'taken', laptop.ws.random);
    laptop.clock.ms += 1000;
    createRecord(laptop.ws, 'accounts', { name: 'Globex', currency: 'USD' });

    const dir = join(ctx.dir, 'other-server');
    mkdirSync(dir);
    const other = await startTestServer({ dir });
    try {
      const moved = await schedulerOn(other, laptop.ws).configure(
        'http://127.0.0.2:8787',
        await addTestUser(other, 'apac', 'Ann'),
      );
      expect(moved).toMatchObject({ state: 'up_to_date', pending: 0 });
      expect((await other.store.stats()).changes).toBe(4);
      const peer = openReplica(
        ctx.dir,
        'peer',
        transportTo(other, await addTestUser(other, 'apac', 'Dee')),
      );
      await runSyncRound(peer.ws, peer.transport);
      expect(exportJson(peer.ws)).toBe(exportJson(laptop.ws));
      peer.ws.close();
    } finally {
      laptop.ws.close();
      await other.close();
    }
  });
});
