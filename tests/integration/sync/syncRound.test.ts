import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/services/exportService';
import {
  createRecord,
  deleteRecord,
  restoreRecord,
  updateRecord,
} from '../../../src/services/recordService';
import { runSyncRound } from '../../../src/services/sync/syncRound';
import { listConflicts } from '../../../src/db/sync/conflictRepository';
import { addTestUser, openReplica, useTestServer, transportTo } from './syncHarness';

describe('a sync round between two replicas and a server', () => {
  const ctx = useTestServer();

  it('converges edits, deletes and concurrent changes, keeping the overwritten value', async () => {
    const ann = openReplica(
      ctx.dir,
      'ann',
      transportTo(ctx.server, await addTestUser(ctx.server, 'emea', 'Ann')),
    );
    const bob = openReplica(
      ctx.dir,
      'bob',
      transportTo(ctx.server, await addTestUser(ctx.server, 'emea', 'Bob')),
    );
    const account = createRecord(ann.ws, 'accounts', { name: 'Acme', currency: 'EUR' });
    const first = await runSyncRound(ann.ws, ann.transport);
    expect(first.pushed).toBeGreaterThan(0);
    const bobFirst = await runSyncRound(bob.ws, bob.transport);
    expect(bobFirst.snapshotRows).toBeGreaterThan(0);
    expect(exportJson(bob.ws)).toBe(exportJson(ann.ws));

    // Apart: both change the same field; Bob's change is later.
    ann.clock.ms += 1000;
    updateRecord(ann.ws, 'accounts', account.id, { region: 'Nordics' });
    bob.clock.ms += 2000;
    updateRecord(bob.ws, 'accounts', account.id, {
      region: 'DACH',
      website: 'https://acme.example',
    });
    await runSyncRound(ann.ws, ann.transport);
    await runSyncRound(bob.ws, bob.transport);
    const annFinal = await runSyncRound(ann.ws, ann.transport);
    expect(annFinal.inSync).toBe(true);
    expect(exportJson(bob.ws)).toBe(exportJson(ann.ws));
    const conflicts = listConflicts(ann.ws.db.sqlite, {});
    expect(conflicts.map((c) => [c.column, c.localValue, c.remoteValue, c.remoteAuthor])).toEqual([
      ['region', '"Nordics"', '"DACH"', 'Bob'],
    ]);

    // Delete vs concurrent update: stays deleted and keeps the update.
    ann.clock.ms += 1000;
    deleteRecord(ann.ws, 'accounts', account.id);
    bob.clock.ms += 1000;
    updateRecord(bob.ws, 'accounts', account.id, { notes: 'Met the CFO' });
    await runSyncRound(ann.ws, ann.transport);
    await runSyncRound(bob.ws, bob.transport);
    await runSyncRound(ann.ws, ann.transport);
    expect(exportJson(bob.ws)).toBe(exportJson(ann.ws));
    const record = JSON.parse(exportJson(ann.ws)).accounts[0];
    expect(record.deleted).toBe(true);
    expect(record.notes).toBe('Met the CFO');
    // Undelete brings the record back with Bob's update, on both sides.
    ann.clock.ms += 1000;
    restoreRecord(ann.ws, 'accounts', account.id);
    await runSyncRound(ann.ws, ann.transport);
    await runSyncRound(bob.ws, bob.transport);
    const restored = JSON.parse(exportJson(bob.ws)).accounts[0];
    expect([restored.deleted, restored.notes]).toEqual([false, 'Met the CFO']);
    ann.ws.close();
    bob.ws.close();
  });
});
