/**
 * Forecast accuracy, "what changed since", weekly snapshots and the trend, on a real database
 * moved through the days a CSM would live them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { saveAuthor } from '../../src/services/profileService';
import { forecastAccuracy } from '../../src/services/renewals/forecastAccuracyService';
import { forecastChanges } from '../../src/services/renewals/forecastChangesService';
import { forecastView } from '../../src/services/renewals/forecastService';
import {
  ensureWeeklySnapshot,
  snapshotTrend,
} from '../../src/services/renewals/forecastSnapshotService';
import { closeRenewal, updateRenewal } from '../../src/services/renewals/renewalCallService';
import { forecastQuery, renewalCloseInput } from '../../src/shared/api/forecastInputs';
import { accountWithContract, onDay } from './renewalFixtures';
import { tempDir } from './testWorkspace';

let cleanup = () => {};
afterEach(() => cleanup());

/** One account whose contract ends on 2026-11-15, its renewal called, changed and closed. */
function livedRenewal() {
  const dir = tempDir();
  cleanup = dir.cleanup;
  const file = `${dir.dir}/outpost.db`;
  const day = (d: string) => onDay(file, d);
  let ws = day('2026-08-01');
  saveAuthor(ws, 'Li Wei');
  const { contractId } = accountWithContract(ws, 'Acme', {
    start: '2025-11-15',
    end: '2026-11-15',
    arr: 100_000_00,
  });
  const other = accountWithContract(ws, 'Quiet Co', {
    start: '2025-11-20',
    end: '2026-11-20',
    arr: 40_000_00,
  });
  ws.close();
  ws = day('2026-08-05');
  updateRenewal(ws, { contractId, forecastCall: 'likely', callReason: 'Verbal yes from the CFO' });
  ws.close();
  ws = day('2026-10-10');
  updateRenewal(ws, { contractId, forecastCall: 'commit', callReason: 'PO received' });
  ws.close();
  ws = day('2026-11-10');
  closeRenewal(
    ws,
    renewalCloseInput.parse({ contractId, outcome: 'renewed', finalArrMinor: 110_000_00 }),
  );
  ws.close();
  return { file, day, contractId, other };
}

describe('forecast accuracy', () => {
  it('compares the forecast 90 and 30 days before the end, rebuilt from history, with the outcome', () => {
    const { day, contractId } = livedRenewal();
    const ws = day('2026-11-20');
    const view = forecastAccuracy(ws, { from: '2026-11-01', to: '2026-12-01', currency: 'USD' });
    const row = view.rows.find((r) => r.contractId === contractId)!;
    // On 2026-08-17 the call was "likely"; on 2026-10-16 "commit".
    expect(row).toMatchObject({
      outcome: 'renewed',
      actualArrMinor: 110_000_00,
      at90: { call: 'likely', probability: 0.75, expected: 75_000_00 },
      at30: { call: 'commit', probability: 0.95, expected: 95_000_00 },
    });
    // Quiet Co has not closed (its contract lapsed without a decision): not in the accuracy.
    expect(view.rows).toHaveLength(1);
    expect(view.reporting?.totals).toEqual({
      renewals: 1,
      target: 100_000_00,
      actual: 110_000_00,
      forecast90: 75_000_00,
      forecast30: 95_000_00,
      error90: 35_000_00 / 100_000_00,
      error30: 15_000_00 / 100_000_00,
    });
    ws.close();
  });
});

describe('what changed since', () => {
  it('lists each renewal whose forecast moved, what moved and the entries in between', () => {
    const { day, contractId, other } = livedRenewal();
    const ws = day('2026-11-12');
    const quiet = forecastChanges(ws, {
      from: '2026-11-01',
      to: '2026-12-01',
      since: '2026-11-11',
      currency: 'USD',
    });
    expect(quiet.changes).toEqual([]);
    updateRenewal(ws, {
      contractId: other.contractId,
      forecastCall: 'at_risk',
      callReason: 'Champion left',
      expectedChangeMinor: -10_000_00,
    });
    const moved = forecastChanges(ws, {
      from: '2026-11-01',
      to: '2026-12-01',
      since: '2026-11-11',
      currency: 'USD',
    });
    expect(moved.changes.map((c) => c.contractId)).toEqual([other.contractId]);
    const change = moved.changes[0]!;
    expect(change.fields).toEqual(
      expect.arrayContaining(['forecastCall', 'probability', 'expectedChangeMinor', 'expected']),
    );
    expect(change.before?.forecastCall).toBe('');
    expect(change.after).toMatchObject({
      forecastCall: 'at_risk',
      expected: 40_000_00 * 0.4 - 10_000_00,
    });
    expect(change.entries.map((e) => [e.author, e.changes.forecastCall])).toEqual([
      ['Li Wei', 'at_risk'],
    ]);
    expect(moved.after.reporting!.totals.expected - moved.before.reporting!.totals.expected).toBe(
      change.after.expected - change.before!.expected,
    );
    // Since before Acme closed: its close is a change too.
    const month = forecastChanges(ws, {
      from: '2026-11-01',
      to: '2026-12-01',
      since: '2026-11-01',
      currency: 'USD',
    });
    expect(month.changes.find((c) => c.contractId === contractId)?.fields).toContain('outcome');
    expect(() =>
      forecastChanges(ws, {
        from: '2026-11-01',
        to: '2026-12-01',
        since: '2026-11-12',
        currency: '',
      }),
    ).toThrow(/before today/);
    ws.close();
  });
});

describe('weekly snapshots', () => {
  it('are taken once a week and give the trend, weeks not seen rebuilt from history', () => {
    const { day } = livedRenewal();
    const ws = day('2026-11-12');
    expect(ensureWeeklySnapshot(ws)).toBe(true);
    expect(ensureWeeklySnapshot(ws)).toBe(false);
    const window = { from: '2026-11-01', to: '2026-12-01', currency: 'USD' };
    const trend = snapshotTrend(ws, window);
    const kept = trend.points.filter((p) => !p.rebuilt);
    expect(kept.map((p) => [p.week, p.takenOn])).toEqual([['2026-11-09', '2026-11-12']]);
    const today = forecastView(ws, forecastQuery.parse(window));
    expect(kept[0]!.totals.reporting?.totals).toMatchObject({
      due: today.totals.reporting!.totals.due,
      expected: today.totals.reporting!.totals.expected,
      commit: today.totals.reporting!.totals.commit,
      renewed: 1,
    });
    // Earlier weeks are the forecast of their Monday: on 2026-10-12 Acme was committed.
    const october = trend.points.find((p) => p.week === '2026-10-12')!;
    expect(october.rebuilt).toBe(true);
    expect(october.totals.reporting?.totals.commit).toBe(95_000_00);
    expect(trend.points.map((p) => p.week)).toEqual([...trend.points.map((p) => p.week)].sort());
    ws.close();
    // The next week takes its own.
    const next = day('2026-11-17');
    expect(ensureWeeklySnapshot(next)).toBe(true);
    next.close();
  });
});
