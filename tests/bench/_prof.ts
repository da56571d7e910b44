import { performance } from 'node:perf_hooks';
import { openWorkspace } from '/work/main/src/services/workspace';
import { loadHealthAccounts } from '/work/main/src/db/repositories/healthSignalsRepository';
import { scoreAccounts } from '/work/main/src/services/health/healthService';
import { currentScorecard } from '/work/main/src/services/health/scorecardService';
import { refreshHealth } from '/work/main/src/services/health/healthRefresh';
const ws = openWorkspace(process.argv[2]!);
const db = ws.db.sqlite;
const asOf = ws.today();
const AGG = `SELECT a.id,
    (SELECT max(date) FROM touchpoints t WHERE t.account_id = a.id AND t.deleted = 0),
    (SELECT max(active_users) FROM usage_snapshots u WHERE u.account_id = a.id AND u.deleted = 0),
    (SELECT avg(score) FROM survey_responses s WHERE s.account_id = a.id AND s.deleted = 0),
    (SELECT count(*) FROM support_tickets k WHERE k.account_id = a.id AND k.deleted = 0 AND k.status <> 'closed'),
    (SELECT count(*) FROM stakeholders h WHERE h.account_id = a.id AND h.deleted = 0),
    (SELECT sum(status = 'done') FROM milestones m WHERE m.account_id = a.id AND m.deleted = 0),
    (SELECT max(seats) FROM contracts c WHERE c.account_id = a.id AND c.deleted = 0)
  FROM accounts a WHERE a.deleted = 0`;
const t = (name: string, f: () => unknown) => { const s = performance.now(); const r = f(); console.log(name, (performance.now() - s).toFixed(0), 'ms'); return r; };
for (let i = 0; i < 2; i++) {
  t('raw', () => db.prepare(AGG).all());
  const accounts = t('load', () => loadHealthAccounts(db, asOf)) as ReturnType<typeof loadHealthAccounts>;
  const sc = currentScorecard(ws);
  t('score x2', () => scoreAccounts(accounts, asOf, sc));
  t('refresh all', () => refreshHealth(ws, 'all'));
}
ws.close();
