/**
 * Recomputing every health score of the portfolio — read the records, score every account with
 * its 30-day trend, evaluate every alert rule, store scores, today's snapshots and alerts —
 * against one raw SQL aggregation pass over the same rows (counts, maxima and sums per account
 * for every table health reads). Measured on the first day (each trend's score of 30 days ago
 * computed from the records as they stood then) and on a later day (the score kept 30 days
 * earlier gives the trend, nothing having reached back to it since), plus rescoring one account
 * after an edit. Budgets (DESIGN.md §11): ≤ 2 × the baseline on a later day, ≤ 2.5 × on the
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

export function benchHealth(ws: Workspace): Figure[] {
  const db = ws.db.sqlite;
  db.prepare('DELETE FROM health_snapshots').run();
  // Warm both once, so neither pays for a cold page cache the other then enjoys.
  db.prepare(AGGREGATE).all();
  refreshHealth(ws, 'all');
  const raw = timedMedian(() => db.prepare(AGGREGATE).all().length);
  const firstDay = timedMedian(() => refreshHealth(ws, 'all'));

  // The same portfolio scored by a device that ran 30 days ago: its snapshots give the trend.
  const monthAgo = Date.parse(`${addDays(ws.today(), -30)}T09:00:00Z`);
  const earlier = openWorkspace(ws.db.file, { wallClock: () => monthAgo });
  refreshHealth(earlier, 'all');
  earlier.close();
  const later = timedMedian(() => refreshHealth(ws, 'all'));
  const computed = timedMedian(() => portfolioHealth(ws).length);

  // One account after an edit: what every write and every synced change costs.
  const ids = db.prepare('SELECT account_id FROM health_scores LIMIT 50').pluck().all() as string[];
  const one = median(ids.map((id) => timed(() => refreshHealth(ws, [id])).ms));
  const baseline = `raw SQL aggregation pass ${ms(raw.ms)}`;
  return [
    {
      name: `recompute and store all health scores and alerts, trend from the scores kept last month (${later.value.toLocaleString('en')} scored accounts)`,
      value: ms(later.ms),
      baseline,
      ratio: later.ms / raw.ms,
      budget: '≤ 2 ×',
      pass: later.ms <= 2 * raw.ms,
    },
    {
      name: 'the same on the first day, each trend computed from the records as of 30 days ago',
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
