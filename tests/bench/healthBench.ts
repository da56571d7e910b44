/**
 * Recomputing every health score of the portfolio — read the records, score every account with
 * its 30-day trend, evaluate every alert rule, store scores, today's snapshots and alerts —
 * against one raw SQL aggregation pass over the same rows (counts, maxima and sums per account
 * for every table health reads). Measured on the first day (a device with nothing stored yet:
 * each trend's score of 30 days ago computed from the records as they stood then) and on a later
 * day (the morning after the device last scored: yesterday's scores and alerts stored, the score
 * kept 30 days earlier gives the trend, nothing having reached back to it since), plus rescoring
 * one account after an edit. Budgets (DESIGN.md §11): ≤ 2 × the baseline on a later day, ≤ 2.5 × on the
 * first. Each figure is the median of three runs.
 */
import { addDays } from '../../src/core/dates';
import { refreshHealth } from '../../src/services/health/healthRefresh';
import { portfolioHealth } from '../../src/services/health/healthService';
import { openWorkspace, type Workspace } from '../../src/services/workspace';
import { timed, timedMedian, type Figure, ms } from './benchUtil';

const AGGREGATE = `
  SELECT a.id,
    (SELECT max(date) FROM touchpoints t WHERE t.account_id = a.id AND t.deleted = 0),
    (SELECT max(active_users) FROM usage_snapshots u WHERE u.account_id = a.id AND u.deleted = 0),
    (SELECT avg(score) FROM survey_responses s WHERE s.account_id = a.id AND s.deleted = 0),
    (SELECT count(*) FROM support_tickets k WHERE k.account_id = a.id AND k.deleted = 0 AND k.status <> 'closed'),
    (SELECT count(*) FROM stakeholders h WHERE h.account_id = a.id AND h.deleted = 0),
    (SELECT sum(status = 'done') FROM milestones m WHERE m.account_id = a.id AND m.deleted = 0),
    (SELECT max(seats) FROM contracts c WHERE c.account_id = a.id AND c.deleted = 0)
  FROM accounts a WHERE a.deleted = 0`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

/** Wipes what a device has stored of health: a new device after its first sync has none. */
function forgetStoredHealth(ws: Workspace): void {
  ws.db.sqlite.exec(
    'DELETE FROM health_scores; DELETE FROM health_snapshots; DELETE FROM alerts; DELETE FROM past_bands',
  );
}

function workspaceOn(ws: Workspace, day: string): Workspace {
  const at = Date.parse(`${day}T09:00:00Z`);
  return openWorkspace(ws.db.file, { wallClock: () => at });
}

export function benchHealth(ws: Workspace): Figure[] {
  const db = ws.db.sqlite;
  const today = ws.today();
  forgetStoredHealth(ws);
  // Warm both once, so neither pays for a cold page cache the other then enjoys.
  db.prepare(AGGREGATE).all();
  refreshHealth(ws, 'all');
  const raw = timedMedian(() => db.prepare(AGGREGATE).all().length);

  // The first day: nothing stored yet, each trend computed from the records of 30 days ago.
  const firstRuns: number[] = [];
  for (let run = 0; run < 3; run++) {
    forgetStoredHealth(ws);
    firstRuns.push(timed(() => refreshHealth(ws, 'all')).ms);
  }

  // A later day: the device scored every morning, so yesterday's scores and alerts are stored
  // and the snapshots of 30 days before each day give the trends. Three mornings in a row.
  const days = [1, 2, 3].map((k) => addDays(today, k));
  for (const day of days) {
    const monthAgo = workspaceOn(ws, addDays(day, -30));
    refreshHealth(monthAgo, 'all');
    monthAgo.close();
  }
  refreshHealth(ws, 'all');
  const laterRuns: number[] = [];
  let laterScored = 0;
  for (const day of days) {
    const morning = workspaceOn(ws, day);
    const run = timed(() => refreshHealth(morning, 'all'));
    laterRuns.push(run.ms);
    laterScored = run.value;
    morning.close();
  }
  const firstDay = { ms: median(firstRuns) };
  const later = { ms: median(laterRuns), value: laterScored };
  refreshHealth(ws, 'all');
  const computed = timedMedian(() => portfolioHealth(ws).length);

  // One account after an edit: what every write and every synced change costs.
  const ids = db.prepare('SELECT account_id FROM health_scores LIMIT 50').pluck().all() as string[];
  const one = median(ids.map((id) => timed(() => refreshHealth(ws, [id])).ms));
  const baseline = `raw SQL aggregation pass ${ms(raw.ms)}`;
  return [
    {
      name: `a later day: recompute and store all health scores and alerts the morning after, trend from the scores kept last month (${later.value.toLocaleString('en')} scored accounts)`,
      value: ms(later.ms),
      baseline,
      ratio: later.ms / raw.ms,
      budget: '≤ 2 ×',
      pass: later.ms <= 2 * raw.ms,
    },
    {
      name: 'the first day: nothing stored yet, each trend computed from the records as of 30 days ago',
      value: ms(firstDay.ms),
      baseline,
      ratio: firstDay.ms / raw.ms,
      budget: '≤ 2.5 ×',
      pass: firstDay.ms <= 2.5 * raw.ms,
    },
    {
      name: 'the scores computed without storing anything (the CLI health command)',
      value: ms(computed.ms),
      baseline,
      ratio: computed.ms / raw.ms,
      budget: 'reported',
      pass: true,
    },
    {
      name: 'rescore one account after an edit (median of 50)',
      value: ms(one),
      baseline,
      ratio: one / raw.ms,
      budget: 'reported',
      pass: true,
    },
  ];
}
