/**
 * The scores kept for past days (snapshots and past bands) always equal what the records give
 * now: a change forgets exactly the days it reaches back to (`health_dirty.since`), so the stored
 * trend after a month of edits is the trend recomputed from scratch, and nothing is recomputed
 * that did not need to be.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates';
import { prepared } from '../../src/db/preparedStatement';
import { replaceAllAlerts } from '../../src/db/repositories/alertRepository';
import { listScores } from '../../src/db/repositories/healthStoreRepository';
import { loadDemo } from '../../src/services/demo/demoService';
import { refreshHealth } from '../../src/services/health/healthRefresh';
import { portfolioHealth } from '../../src/services/health/healthService';
import { bandKey, bandsOn } from '../../src/services/health/pastBands';
import { createRecord, updateRecord } from '../../src/services/recordService';
import { openWorkspace } from '../../src/services/workspace';
import { tempWorkspace } from './testWorkspace';

const TODAY = '2026-11-22';
const MONTH_AGO = addDays(TODAY, -30);
const ws = tempWorkspace();
afterAll(() => ws.cleanup());
beforeAll(() => {
  loadDemo(ws, { accounts: 30, seed: 5, today: TODAY });
  // The same book opened a month ago keeps that day's snapshots.
  const earlier = openWorkspace(ws.file, { wallClock: () => Date.parse(`${MONTH_AGO}T09:00:00Z`) });
  refreshHealth(earlier, 'all');
  earlier.close();
});

const keptOn = (accountId: string, day: string) =>
  prepared(ws.db.sqlite, 'SELECT score FROM health_snapshots WHERE account_id = ? AND date = ?')
    .pluck()
    .get(accountId, day) as number | undefined;

describe('kept past scores', () => {
  it('forget only the days a change reaches back to, and the stored trend equals the recomputed one', () => {
    const scored = portfolioHealth(ws, { asOf: MONTH_AGO }).map((h) => h.accountId);
    const [backdated, recent, departed, stage] = scored;
    if (!backdated || !recent || !departed || !stage) throw new Error('too few scored accounts');
    expect(keptOn(backdated, MONTH_AGO)).toBeDefined();

    // A P1 entered today but opened 40 days ago: it changes the score of a month ago.
    createRecord(ws, 'support_tickets', {
      accountId: backdated,
      subject: 'Outage found late',
      severity: 'P1',
      status: 'open',
      openedDate: addDays(TODAY, -40),
    });
    // A meeting this week: nothing a month ago changes.
    createRecord(ws, 'touchpoints', {
      accountId: recent,
      date: addDays(TODAY, -2),
      summary: 'Check-in',
    });
    // A champion's departure dated back two months, and a stage set to churned.
    const [champion] = prepared(
      ws.db.sqlite,
      "SELECT id FROM stakeholders WHERE account_id = ? AND deleted = 0 AND status = 'active'",
    )
      .pluck()
      .all(departed) as string[];
    if (champion)
      updateRecord(ws, 'stakeholders', champion, {
        status: 'departed',
        departedDate: addDays(TODAY, -60),
      });
    updateRecord(ws, 'accounts', stage, {
      stageOverride: 'churned',
      stageOverrideReason: 'Told us they are leaving',
    });

    refreshHealth(ws, 'all');
    expect(keptOn(recent, MONTH_AGO)).toBeDefined();
    const recomputed = new Map(portfolioHealth(ws).map((h) => [h.accountId, h]));
    const stored = listScores(ws.db.sqlite);
    expect(stored.map((s) => s.accountId).sort()).toEqual([...recomputed.keys()].sort());
    for (const s of stored)
      expect([s.accountId, s.trend]).toEqual([s.accountId, recomputed.get(s.accountId)!.trend]);
    expect(recomputed.has(stage)).toBe(false);
    // The backdated P1 shows a month ago, as recomputed: 25 points off its support group.
    const [then] = portfolioHealth(ws, { asOf: MONTH_AGO, accountId: backdated });
    expect(then!.groups.find((g) => g.id === 'support')!.measures[0]!.inputs.p1).toBeGreaterThan(0);
  });

  it('a rescoring that reads only the day, writing only what changed, stores what a full reading gives', () => {
    const db = ws.db.sqlite;
    const storedDrivers = (h: ReturnType<typeof portfolioHealth>[number]) =>
      JSON.stringify(h.drivers.map((d) => ({ id: d.id, points: d.points, inputs: d.inputs })));
    const alertRows = () =>
      prepared(db, 'SELECT account_id, type, severity, facts, first_seen FROM alerts ORDER BY 1, 2')
        .raw()
        .all();
    const expectStoredEqualsRecomputed = (at: ReturnType<typeof openWorkspace>, day: string) => {
      const recomputed = new Map(portfolioHealth(at).map((h) => [h.accountId, h]));
      const stored = listScores(db);
      expect(stored.length).toBe(recomputed.size);
      for (const s of stored) {
        const h = recomputed.get(s.accountId)!;
        expect([s.accountId, s.asOf, s.score, s.band, s.trend, s.drivers]).toEqual([
          s.accountId,
          day,
          h.score,
          h.band,
          h.trend,
          storedDrivers(h),
        ]);
      }
    };
    // Scored this morning (kept trends from a month ago): the day's records alone are read.
    refreshHealth(ws, 'all');
    expectStoredEqualsRecomputed(ws, TODAY);
    // The next morning, most scores as they were: each still moves to the new day. (The device
    // also ran 29 days ago, so tomorrow's trends come from kept scores too.)
    const tomorrow = addDays(TODAY, 1);
    const monthBeforeTomorrow = addDays(tomorrow, -30);
    const then = openWorkspace(ws.file, {
      wallClock: () => Date.parse(`${monthBeforeTomorrow}T09:00:00Z`),
    });
    refreshHealth(then, 'all');
    then.close();
    refreshHealth(ws, 'all');
    expect(keptOn(listScores(db)[0]!.accountId, monthBeforeTomorrow)).toBeDefined();
    const next = openWorkspace(ws.file, { wallClock: () => Date.parse(`${tomorrow}T09:00:00Z`) });
    refreshHealth(next, 'all');
    expectStoredEqualsRecomputed(next, tomorrow);
    // Alerts written change by change end up exactly as given: one gone, one changed, one new.
    const firing = (alertRows() as string[][]).map(
      ([accountId, type, severity, facts, firstSeen]) => ({
        accountId: accountId!,
        type: type!,
        severity: severity!,
        facts: JSON.parse(facts!) as Record<string, number | string>,
        firstSeen: firstSeen!,
      }),
    );
    expect(firing.length).toBeGreaterThan(2);
    const [gone, changed, ...rest] = firing;
    const wanted = [
      { ...changed!, severity: 'high', facts: { ...changed!.facts, extra: 1 } },
      ...rest,
      { ...gone!, type: 'invented_for_test' },
    ];
    db.transaction(() => replaceAllAlerts(db, wanted))();
    const asRows = wanted
      .map((a) => [a.accountId, a.type, a.severity, JSON.stringify(a.facts), a.firstSeen])
      .sort((a, b) => (a[0]! + a[1]! < b[0]! + b[1]! ? -1 : 1));
    expect(alertRows()).toEqual(asRows);
    next.close();
    refreshHealth(ws, 'all');
  });

  it('past bands asked for later come from the kept day or are worked out again after a change', () => {
    const [id] = portfolioHealth(ws, { asOf: MONTH_AGO }).map((h) => h.accountId);
    if (!id) throw new Error('no scored account');
    const day = addDays(MONTH_AGO, -10);
    const first = bandsOn(ws, [{ accountId: id, day }]).get(bandKey(id, day));
    const [recomputed] = portfolioHealth(ws, { asOf: day, accountId: id });
    expect(first).toBe(recomputed?.band ?? null);
    // A stream of detractors dated before that day turns its sentiment around.
    for (let i = 0; i < 6; i++)
      createRecord(ws, 'survey_responses', {
        accountId: id,
        kind: 'nps',
        score: 0,
        date: addDays(day, -i),
      });
    for (let i = 0; i < 4; i++)
      createRecord(ws, 'support_tickets', {
        accountId: id,
        subject: `Broken ${i}`,
        severity: 'P1',
        status: 'open',
        openedDate: addDays(day, -5),
      });
    const after = bandsOn(ws, [{ accountId: id, day }]).get(bandKey(id, day));
    const [again] = portfolioHealth(ws, { asOf: day, accountId: id });
    expect(after).toBe(again?.band ?? null);
  });

  it('bands worked out for many accounts over a stretch of days equal each day computed alone', () => {
    const ids = prepared(ws.db.sqlite, 'SELECT id FROM accounts WHERE deleted = 0')
      .pluck()
      .all() as string[];
    const days = [0, 3, 17, 29, 44, 80].map((n) => addDays(TODAY, -100 - n));
    prepared(ws.db.sqlite, 'DELETE FROM past_bands').run();
    prepared(ws.db.sqlite, 'DELETE FROM health_snapshots').run();
    const bands = bandsOn(
      ws,
      days.flatMap((day) => ids.map((accountId) => ({ accountId, day }))),
    );
    for (const day of days) {
      const alone = new Map(portfolioHealth(ws, { asOf: day }).map((h) => [h.accountId, h.band]));
      for (const id of ids)
        expect([day, id, bands.get(bandKey(id, day))]).toEqual([day, id, alone.get(id) ?? null]);
    }
  });
});
