/**
 * A laptop whose clock runs a day ahead: the server refuses its pushes (clock_drift), but the
 * round still pulls the team's changes and says how far off the clock is (also through the
 * scheduler's status). Once the clock is right, the refused changes are re-stamped from the
 * corrected clock in their old order (bases and kept conflicts follow them; every field keeps
 * its winner), everything syncs, nothing is lost, and the saved clock is no longer ahead.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DRIFT_MS, parseHlc } from '../../../src/core/hlc';
import { latestHlc } from '../../../src/db/changeCapture/changeLog';
import { exportJson } from '../../../src/services/exportService';
import { createRecord, updateRecord } from '../../../src/services/recordService';
import { httpSyncTransport } from '../../../src/services/sync/httpSyncTransport';
import { runSyncRound, SyncPushRefusedError } from '../../../src/services/sync/syncRound';
import { SyncScheduler } from '../../../src/services/sync/syncScheduler';
import { addTestUser, openReplica, SERVER_URL, transportTo, useTestServer } from './syncHarness';

const DAY = 86_400_000;

interface Logged {
  hlc: string;
  tbl: string;
  row_id: string;
  data: string;
  base: string | null;
  pushed: number;
}

describe('a clock a day ahead, then corrected', () => {
  const ctx = useTestServer();

  it('pulls meanwhile, says so, and syncs everything once the clock is right', async () => {
    const annToken = await addTestUser(ctx.server, 'emea', 'Ann');
    const laptop = openReplica(ctx.dir, 'laptop', transportTo(ctx.server, annToken));
    // The app's background sync, as the status indicator sees it.
    const scheduler = new SyncScheduler(laptop.ws, {
      transportFor: (s) => httpSyncTransport({ ...s, fetch: ctx.server.fetch }),
    });
    const bob = openReplica(
      ctx.dir,
      'bob',
      transportTo(ctx.server, await addTestUser(ctx.server, 'emea', 'Bob')),
    );
    const acme = createRecord(laptop.ws, 'accounts', { name: 'Acme', currency: 'EUR' });
    expect((await scheduler.configure(SERVER_URL, annToken)).state).toBe('up_to_date');
    await runSyncRound(bob.ws, bob.transport);

    // The laptop's clock jumps a day ahead; its user edits on.
    laptop.clock.ms += DAY;
    updateRecord(laptop.ws, 'accounts', acme.id, { region: 'Nordics' });
    updateRecord(laptop.ws, 'accounts', acme.id, { region: 'DACH', industry: 'Retail' });
    const globex = createRecord(laptop.ws, 'accounts', { name: 'Globex', currency: 'USD' });
    // Bob, whose clock is right, edits later in real time: one field the laptop also set.
    ctx.server.now.ms += 60_000;
    bob.clock.ms += 60_000;
    updateRecord(bob.ws, 'accounts', acme.id, { industry: 'Energy', notes: 'Bob was here' });
    await runSyncRound(bob.ws, bob.transport);

    const refused = await runSyncRound(laptop.ws, laptop.transport).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SyncPushRefusedError);
    const error = refused as SyncPushRefusedError;
    expect(error.code).toBe('clock_drift');
    expect(Math.abs(error.clockAheadMs! - (DAY - 60_000))).toBeLessThan(1000);
    expect(error.message).toContain("This computer's clock is 23 hours, 59 minutes ahead");
    // The pull went through: Bob's note is here although nothing could be sent.
    expect(error.report.pulled).toBeGreaterThan(0);
    const here = () => JSON.parse(exportJson(laptop.ws)) as { accounts: Record<string, unknown>[] };
    expect(here().accounts.find((a) => a.id === acme.id)).toMatchObject({
      notes: 'Bob was here',
      // The laptop's later HLC wins the field both set, here as it will everywhere.
      industry: 'Retail',
      region: 'DACH',
    });

    // The app's status says it too, and keeps saying it while the clock is wrong.
    const status = await scheduler.syncNow();
    expect(status.state).toBe('error');
    expect(Math.round(status.clock!.aheadMs! / 60_000)).toBe(24 * 60 - 1);

    // Another edit while ahead; then the clock is put right, and one more — still a day ahead
    // by max-of-seen, which is why the replica re-stamps.
    updateRecord(laptop.ws, 'accounts', globex.id, { notes: 'while ahead' });
    laptop.clock.ms -= DAY;
    updateRecord(laptop.ws, 'accounts', globex.id, { website: 'https://globex.example' });
    const before = logged();
    const pending = before.filter((e) => e.pushed === 0);
    expect(pending).toHaveLength(6);
    expect(parseHlc(pending.at(-1)!.hlc).millis - laptop.clock.ms).toBeGreaterThan(DAY - 120_000);

    const fixed = await scheduler.syncNow();
    expect(fixed).toMatchObject({ state: 'up_to_date', pending: 0, clock: null });
    const after = logged();
    // Same changes, same order, new ids within what the server accepts; acknowledged untouched.
    const content = (e: Logged) => [e.tbl, e.row_id, e.data];
    expect(after.map(content)).toEqual(before.map(content));
    const limit = ctx.server.now.ms + MAX_DRIFT_MS;
    for (const e of after) expect(parseHlc(e.hlc).millis).toBeLessThanOrEqual(limit);
    expect(after.filter((e) => e.pushed === 1 && before.some((b) => b.hlc === e.hlc))).toHaveLength(
      before.length - pending.length,
    );
    // The second region edit's base names the first edit by its new id.
    const region = (value: string) => after.find((e) => e.data.includes(`"region":"${value}"`))!;
    expect(JSON.parse(region('DACH').base!)).toMatchObject({ region: region('Nordics').hlc });
    // The saved clock is back: a reopened replica stamps from the corrected clock.
    expect(parseHlc(laptop.ws.clock.latest()).millis).toBeLessThanOrEqual(limit);
    laptop.reopen();
    expect(parseHlc(latestHlc(laptop.ws.db.sqlite)!).millis).toBeLessThanOrEqual(limit);
    expect(parseHlc(laptop.ws.clock.now()).millis).toBeLessThanOrEqual(limit);

    // Everything syncs; nothing the laptop did is lost; the field values never moved.
    const laptopView = exportJson(laptop.ws);
    await runSyncRound(bob.ws, bob.transport);
    const again = await runSyncRound(laptop.ws, laptop.transport);
    expect(again.inSync).toBe(true);
    expect(exportJson(bob.ws)).toBe(laptopView);
    expect(exportJson(laptop.ws)).toBe(laptopView);
    const bobSees = JSON.parse(exportJson(bob.ws)) as { accounts: Record<string, unknown>[] };
    expect(bobSees.accounts.find((a) => a.id === globex.id)).toMatchObject({
      notes: 'while ahead',
      website: 'https://globex.example',
    });
    laptop.ws.close();
    bob.ws.close();

    function logged(): Logged[] {
      return laptop.ws.db.sqlite
        .prepare(
          "SELECT hlc, tbl, row_id, data, base, pushed FROM change_log WHERE origin = 'local' ORDER BY hlc",
        )
        .all() as Logged[];
    }
  });
});
