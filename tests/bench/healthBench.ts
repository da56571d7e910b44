/**
 * Recomputing every health score of the portfolio — read the records, score every account with
 * its 30-day trend, evaluate every alert rule, store scores, today's snapshots and alerts —
 * against one raw SQL aggregation pass over the same rows (counts, maxima and sums per account
 * for every table health reads).
 */
import { refreshHealth } from '../../src/services/health/healthRefresh';
import { portfolioHealth } from '../../src/services/health/healthService';
import type { Workspace } from '../../src/services/workspace';
import { timed, type Figure, ms } from './benchUtil';

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

export function benchHealth(ws: Workspace): Figure[] {
  // Warm both once, so neither pays for a cold page cache the other then enjoys.
  ws.db.sqlite.prepare(AGGREGATE).all();
  refreshHealth(ws, 'all');
  const raw = timed(() => ws.db.sqlite.prepare(AGGREGATE).all().length);
  const refreshed = timed(() => refreshHealth(ws, 'all'));
  const computed = timed(() => portfolioHealth(ws).length);
  const baseline = `raw SQL aggregation pass ${ms(raw.ms)}`;
  return [
    {
      name: `recompute and store all health scores and alerts (${refreshed.value.toLocaleString('en')} active accounts)`,
      value: ms(refreshed.ms),
      baseline,
      ratio: refreshed.ms / raw.ms,
      budget: '< 1 s',
      pass: refreshed.ms < 1000,
    },
    {
      name: 'the same scores computed without storing anything (the CLI health command)',
      value: ms(computed.ms),
      baseline,
      ratio: computed.ms / raw.ms,
      budget: 'reported',
      pass: true,
    },
  ];
}
