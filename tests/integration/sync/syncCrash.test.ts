/**
 * A crash at every step of a sync round — after the server stored a push but before the reply
 * was handled, after a pulled page was applied but before its cursor was saved, in the middle of
 * a new device's snapshot — then a restart and more rounds: everything converges, with nothing
 * duplicated on the server and nothing lost on either replica.
 */
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../../src/services/demo/demoService';
import { makeDemoEdits } from '../../../src/services/demo/demoEdits';
import { exportJson } from '../../../src/services/exportService';
import { runSyncRound, type SyncStep } from '../../../src/services/sync/syncRound';
import { addTestUser, openReplica, useTestServer, transportTo, type Replica } from './syncHarness';

class Crash extends Error {}

const crashAt =
  (step: SyncStep, occurrence: number) =>
  (seen: SyncStep): void => {
    if (seen === step && --occurrence === 0) throw new Crash(`crashed at ${step}`);
  };

function localChangeCount(replica: Replica): number {
  return (
    replica.ws.db.sqlite
      .prepare("SELECT count(*) AS n FROM change_log WHERE origin = 'local'")
      .get() as { n: number }
  ).n;
}

const STEPS: [SyncStep, number][] = [
  ['push:acknowledged', 1],
  ['push:acknowledged', 2],
  ['pull:applied', 1],
  ['pull:applied', 2],
  ['pull:saved', 1],
  ['snapshot:applied', 1],
  ['snapshot:applied', 2],
  ['snapshot:saved', 1],
];

describe('a crash at every step of a sync round', () => {
  const ctx = useTestServer();

  it.each(STEPS)('at %s (occurrence %i), then a restart, converges', async (step, occurrence) => {
    const ann = openReplica(
      ctx.dir,
      'ann',
      transportTo(ctx.server, await addTestUser(ctx.server, 't', 'Ann')),
    );
    const bob = openReplica(
      ctx.dir,
      'bob',
      transportTo(ctx.server, await addTestUser(ctx.server, 't', 'Bob')),
    );
    loadDemo(ann.ws, { accounts: 2, seed: 3, today: '2026-11-22' });
    const small = { pageSize: 20, pushBatch: 50 };
    if (step.startsWith('push')) {
      await expect(
        runSyncRound(ann.ws, ann.transport, { ...small, onStep: crashAt(step, occurrence) }),
      ).rejects.toThrow(Crash);
      ann.reopen();
      await runSyncRound(ann.ws, ann.transport, small);
      await runSyncRound(bob.ws, bob.transport, small);
    } else if (step.startsWith('snapshot')) {
      await runSyncRound(ann.ws, ann.transport, small);
      await expect(
        runSyncRound(bob.ws, bob.transport, { ...small, onStep: crashAt(step, occurrence) }),
      ).rejects.toThrow(Crash);
      bob.reopen();
      await runSyncRound(bob.ws, bob.transport, small);
    } else {
      // Bob already has the data; Ann edits, and Bob crashes while pulling the edits.
      await runSyncRound(ann.ws, ann.transport, small);
      await runSyncRound(bob.ws, bob.transport, small);
      ann.clock.ms += 60_000;
      makeDemoEdits(ann.ws, 40, 7);
      await runSyncRound(ann.ws, ann.transport, small);
      await expect(
        runSyncRound(bob.ws, bob.transport, { ...small, onStep: crashAt(step, occurrence) }),
      ).rejects.toThrow(Crash);
      bob.reopen();
      await runSyncRound(bob.ws, bob.transport, small);
    }
    // Both keep working afterwards: concurrent edits, then rounds until quiet.
    ann.clock.ms += 60_000;
    bob.clock.ms += 60_000;
    makeDemoEdits(ann.ws, 10, 11);
    makeDemoEdits(bob.ws, 10, 12);
    for (const r of [ann, bob, ann]) await runSyncRound(r.ws, r.transport, small);
    const final = await runSyncRound(bob.ws, bob.transport, small);
    expect(final.inSync).toBe(true);
    expect(exportJson(bob.ws)).toBe(exportJson(ann.ws));
    expect((await ctx.server.store.stats()).changes).toBe(
      localChangeCount(ann) + localChangeCount(bob),
    );
    ann.ws.close();
    bob.ws.close();
  });
});
