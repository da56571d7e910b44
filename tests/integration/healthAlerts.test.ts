/**
 * Health kept current and alerts through the services, on a real database: stored scores and
 * snapshots, rescoring exactly what changed (also when another process wrote), scorecard
 * versions, alert decisions and plays, Today, the risk board and calibration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepared } from '../../src/db/preparedStatement';
import { readDirty, readScore } from '../../src/db/repositories/healthStoreRepository';
import { decideAlert, listAlerts } from '../../src/services/alerts/alertService';
import { playPreview, runPlay } from '../../src/services/alerts/alertPlayService';
import { loadDemo } from '../../src/services/demo/demoService';
import { accountHealthView } from '../../src/services/health/accountHealthService';
import { calibrationView } from '../../src/services/health/calibrationService';
import { ensureHealthCurrent, refreshHealth } from '../../src/services/health/healthRefresh';
import { portfolioHealth } from '../../src/services/health/healthService';
import { saveScorecard, scorecardView } from '../../src/services/health/scorecardService';
import { listPortfolio } from '../../src/services/portfolioService';
import { createRecord, updateRecord } from '../../src/services/recordService';
import { riskBoard } from '../../src/services/riskBoardService';
import { todayView } from '../../src/services/todayService';
import { ServiceError } from '../../src/services/serviceError';
import { openWorkspace } from '../../src/services/workspace';
import { DEFAULT_GROUPS } from '../../src/core/health/defaultScorecard';
import { tempWorkspace } from './testWorkspace';

const TODAY = '2026-11-22';
const ws = tempWorkspace();
afterAll(() => ws.cleanup());
beforeAll(() => {
  loadDemo(ws, { accounts: 40, seed: 11, today: TODAY });
});

const scoredIds = () =>
  prepared(ws.db.sqlite, 'SELECT account_id FROM health_scores ORDER BY account_id').pluck().all();
const alertTypes = (accountId: string) => listAlerts(ws, accountId).map((a) => a.type);

/** A live account with a green score and no detractor alert, to change on purpose. */
function calmAccount(): string {
  ensureHealthCurrent(ws);
  const row = listPortfolio(ws).find(
    (r) => r.health?.band === 'green' && !alertTypes(r.id).includes('detractor_response'),
  );
  if (!row) throw new Error('the demo has no calm green account');
  return row.id;
}

describe('stored health', () => {
  it('scores every active account once a day, with a snapshot and the scorecard version', () => {
    ensureHealthCurrent(ws);
    const computed = portfolioHealth(ws);
    expect(scoredIds()).toEqual(computed.map((h) => h.accountId).sort());
    for (const h of computed) {
      expect(readScore(ws.db.sqlite, h.accountId)).toMatchObject({
        score: h.score,
        band: h.band,
        trend: h.trend,
        scorecardVersion: 1,
        asOf: TODAY,
      });
    }
    const snapshots = prepared(ws.db.sqlite, 'SELECT count(*) FROM health_snapshots WHERE date = ?')
      .pluck()
      .get(TODAY);
    expect(snapshots).toBe(computed.length);
    expect(readDirty(ws.db.sqlite).marks.size).toBe(0);
  });

  it('rescores only the account a change touched, including a change written by another process', () => {
    const id = calmAccount();
    const others = prepared(
      ws.db.sqlite,
      'SELECT account_id, score FROM health_scores WHERE account_id <> ?',
    )
      .raw()
      .all(id);
    // Another connection (the CLI, an import, a sync) adds two detractor responses.
    const other = openWorkspace(ws.file, { wallClock: () => Date.parse(`${TODAY}T11:00:00Z`) });
    for (const score of [0, 1])
      createRecord(other, 'survey_responses', { accountId: id, kind: 'nps', score, date: TODAY });
    other.close();
    expect([...readDirty(ws.db.sqlite).marks.keys()]).toEqual([id]);
    const before = readScore(ws.db.sqlite, id)!.score;
    ensureHealthCurrent(ws);
    expect(readScore(ws.db.sqlite, id)!.score).toBeLessThan(before);
    expect(readScore(ws.db.sqlite, id)!.score).toBe(
      portfolioHealth(ws, { accountId: id })[0]!.score,
    );
    expect(
      prepared(ws.db.sqlite, 'SELECT account_id, score FROM health_scores WHERE account_id <> ?')
        .raw()
        .all(id),
    ).toEqual(others);
    expect(alertTypes(id)).toContain('detractor_response');
  });

  it('a new scorecard version is validated, then rescoring every account records it', () => {
    const broken = structuredClone(DEFAULT_GROUPS);
    broken[0]!.weight = 45; // the groups now sum to 115
    expect(() => saveScorecard(ws, broken, 'too much adoption', '')).toThrow(
      /group weights must add up to 100/,
    );
    expect(() =>
      saveScorecard(ws, [{ id: 'adoption', weight: 100, measures: [] }], '', ''),
    ).toThrow(ServiceError);
    expect(scorecardView(ws).current.version).toBe(1);

    const edited = structuredClone(DEFAULT_GROUPS);
    edited[0]!.weight = 40; // adoption 30 → 40
    edited[1]!.weight = 5; // engagement 15 → 5
    const view = saveScorecard(ws, edited, 'Adoption matters more', '');
    expect(view.current.version).toBe(2);
    expect(view.versions.map((v) => v.version)).toEqual([2, 1]);
    ensureHealthCurrent(ws);
    const versions = prepared(ws.db.sqlite, 'SELECT DISTINCT scorecard_version FROM health_scores')
      .pluck()
      .all();
    expect(versions).toEqual([2]);
    const id = scoredIds()[0] as string;
    expect(readScore(ws.db.sqlite, id)!.score).toBe(
      portfolioHealth(ws, { accountId: id })[0]!.score,
    );
  });

  it('explains one account with its alerts and a half-year history ending today', () => {
    const id = scoredIds()[0] as string;
    const view = accountHealthView(ws, id);
    if (!view.scored) throw new Error(`account ${id} should be scored`);
    expect(view.history.at(-1)).toMatchObject({ date: TODAY, score: view.score });
    expect(view.history.length).toBeGreaterThan(1);
    expect(view.history.every((p, i) => i === 0 || p.date > view.history[i - 1]!.date)).toBe(true);
    expect(view.alerts.map((a) => a.type)).toEqual(alertTypes(id));
  });

  it('refuses a stage override without a reason and keeps the account as it was', () => {
    const id = scoredIds()[0] as string;
    expect(() => updateRecord(ws, 'accounts', id, { stageOverride: 'renewal' })).toThrow(
      ServiceError,
    );
    updateRecord(ws, 'accounts', id, {
      stageOverride: 'renewal',
      stageOverrideReason: 'Early renewal talks',
    });
    ensureHealthCurrent(ws);
    expect(readScore(ws.db.sqlite, id)!.stage).toBe('renewal');
  });
});

describe('alerts', () => {
  it('stay one per account and type, can be snoozed, resolved with a note, reopened, and reopen on a new episode', () => {
    const id = calmAccount();
    createRecord(ws, 'survey_responses', {
      accountId: id,
      kind: 'nps',
      score: 2,
      date: '2026-11-20',
    });
    ensureHealthCurrent(ws);
    createRecord(ws, 'survey_responses', {
      accountId: id,
      kind: 'nps',
      score: 3,
      date: '2026-11-20',
    });
    ensureHealthCurrent(ws);
    const detractor = () => listAlerts(ws, id).filter((a) => a.type === 'detractor_response');
    expect(detractor()).toHaveLength(1);
    expect(detractor()[0]).toMatchObject({
      state: 'open',
      facts: { count: 2 },
      firstSeen: '2026-11-20',
    });

    const decide = (action: 'snooze' | 'resolve' | 'reopen', until = '', note = '') =>
      decideAlert(ws, {
        accountId: id,
        type: 'detractor_response',
        action,
        until,
        note,
        author: '',
      });
    expect(() => decide('snooze', TODAY)).toThrow(/after today/);
    expect(decide('snooze', '2026-11-29')).toMatchObject({
      state: 'snoozed',
      decision: { until: '2026-11-29' },
    });
    expect(() => decide('resolve')).toThrow(/note is required/);
    expect(decide('resolve', '', 'Called the sponsor; fix shipped')).toMatchObject({
      state: 'resolved',
    });
    expect(decide('reopen').state).toBe('open');
    decide('resolve', '', 'Handled');
    // A later detractor is a new episode: the resolution does not cover it.
    const later = openWorkspace(ws.file, { wallClock: () => Date.parse('2026-11-25T09:00:00Z') });
    createRecord(later, 'survey_responses', {
      accountId: id,
      kind: 'nps',
      score: 1,
      date: '2026-11-25',
    });
    expect(listAlerts(later, id).find((a) => a.type === 'detractor_response')?.state).toBe('open');
    later.close();
    expect(() =>
      decideAlert(ws, {
        accountId: id,
        type: 'open_p1_ticket',
        action: 'snooze',
        until: '2026-12-01',
        note: '',
        author: '',
      }),
    ).toThrow(/No open p1 ticket alert/);
  });

  it('clears when its rule stops holding', () => {
    const id = calmAccount();
    const ticket = createRecord(ws, 'support_tickets', {
      accountId: id,
      subject: 'Outage',
      severity: 'P1',
      status: 'open',
      openedDate: '2026-11-21',
    });
    ensureHealthCurrent(ws);
    expect(alertTypes(id)).toContain('open_p1_ticket');
    updateRecord(ws, 'support_tickets', ticket.id, { status: 'closed', closedDate: TODAY });
    ensureHealthCurrent(ws);
    expect(alertTypes(id)).not.toContain('open_p1_ticket');
  });

  it('a play creates its action items, owned by the account CSM, in the chosen language', () => {
    const alert = listAlerts(ws).find((a) => a.state === 'open')!;
    const input = { accountId: alert.accountId, type: alert.type, lang: 'zh-CN' } as const;
    const preview = playPreview(ws, input);
    expect(preview.steps.every((s) => !s.created)).toBe(true);
    const { created: items, alreadyThere } = runPlay(ws, input);
    expect(alreadyThere).toBe(0);
    expect(items.length).toBeGreaterThan(1);
    // What the preview promised is what was made.
    expect(items.map((i) => [i.title, i.dueDate, i.owner])).toEqual(
      preview.steps.map((s) => [s.title, s.dueDate, s.owner]),
    );
    // A second run (a double click, or later) creates nothing new; the preview says so.
    expect(runPlay(ws, input)).toEqual({ created: [], alreadyThere: items.length });
    expect(playPreview(ws, input).steps.every((s) => s.created)).toBe(true);
    for (const item of items) {
      expect(item).toMatchObject({
        accountId: alert.accountId,
        owner: alert.owner,
        status: 'open',
      });
      expect(item.title).toMatch(/[\u4e00-\u9fff]/);
      expect(item.dueDate >= TODAY).toBe(true);
    }
  });
});

describe('views', () => {
  it('Today lists overdue and due items, new alerts, renewals and quiet accounts for one CSM', () => {
    const owner = listPortfolio(ws).find((r) => r.health)!.owner;
    const view = todayView(ws, owner);
    const mine = new Set(
      listPortfolio(ws)
        .filter((r) => r.owner === owner)
        .map((r) => r.id),
    );
    expect(view.owners).toContain(owner);
    expect(view.overdue.every((a) => a.dueDate < TODAY)).toBe(true);
    expect(view.dueSoon.every((a) => a.dueDate >= TODAY && a.dueDate <= '2026-11-29')).toBe(true);
    expect(view.newAlerts.every((a) => mine.has(a.accountId) && a.state === 'open')).toBe(true);
    expect(view.renewals.every((r) => mine.has(r.accountId) && r.days <= 90)).toBe(true);
    expect(
      view.goingDark.every((r) => mine.has(r.accountId) && (r.days >= 30 || r.days === -1)),
    ).toBe(true);
    const everyone = todayView(ws, '');
    expect(everyone.overdue.length).toBeGreaterThanOrEqual(view.overdue.length);
    expect(everyone.overdue.length).toBeGreaterThan(0);
  });

  it('the risk board groups red and yellow accounts worst first, and its ARR adds up', () => {
    const board = riskBoard(ws);
    const portfolio = listPortfolio(ws).filter((r) => r.health);
    expect(board.red.length + board.yellow.length + board.greenCount).toBe(portfolio.length);
    expect(board.red.every((a) => a.health.band === 'red')).toBe(true);
    expect(
      board.yellow.every(
        (a, i) =>
          a.health.band === 'yellow' &&
          (i === 0 || a.health.score >= board.yellow[i - 1]!.health.score),
      ),
    ).toBe(true);
    const sum = (list: typeof board.red, currency: string) =>
      list.filter((a) => a.currency === currency).reduce((s, a) => s + a.arrMinor, 0);
    for (const total of board.arrAtRisk.yellow)
      expect(total.arrMinor).toBe(sum(board.yellow, total.currency));
    for (const group of board.byAlert)
      expect(group.accounts).toBe(
        new Set(
          listAlerts(ws)
            .filter((a) => a.type === group.type && a.state === 'open')
            .map((a) => a.accountId),
        ).size,
      );
  });

  it('calibration counts closed renewals per band and the health rate of the stored scores', () => {
    const view = calibrationView(ws);
    expect(view.closed).toBeGreaterThan(0);
    expect(view.bands.reduce((s, b) => s + b.closed, 0)).toBe(view.closed);
    expect(view.brier).toBeGreaterThanOrEqual(0);
    expect(view.brier).toBeLessThanOrEqual(1);
    // Each renewal's band is worked out once per scorecard version and kept.
    const kept = prepared(
      ws.db.sqlite,
      'SELECT count(*) FROM past_bands WHERE scorecard_version = ?',
    ).pluck();
    expect(kept.get(scorecardView(ws).current.version)).toBe(view.closed);
    prepared(ws.db.sqlite, "UPDATE past_bands SET band = 'red'").run();
    expect(calibrationView(ws).bands.find((b) => b.band === 'red')?.closed).toBe(view.closed);
    prepared(ws.db.sqlite, 'DELETE FROM past_bands').run();
    expect(calibrationView(ws)).toEqual(view);
    const green = listPortfolio(ws).filter((r) => r.health?.band === 'green').length;
    expect(view.healthRate).toEqual({
      green,
      active: scoredIds().length,
      rate: green / scoredIds().length,
    });
  });

  it('a full refresh on a new day keeps yesterday’s snapshot and adds today’s', () => {
    const tomorrow = openWorkspace(ws.file, {
      wallClock: () => Date.parse('2026-11-23T08:00:00Z'),
    });
    ensureHealthCurrent(tomorrow);
    const days = prepared(
      tomorrow.db.sqlite,
      'SELECT DISTINCT date FROM health_snapshots ORDER BY date',
    )
      .pluck()
      .all();
    // (The 25th comes from the alert test's later workspace.)
    expect(days).toEqual([TODAY, '2026-11-23', '2026-11-25']);
    expect(refreshHealth(tomorrow, 'all')).toBe(scoredIds().length);
    tomorrow.close();
  });
});
