import { performance } from 'node:perf_hooks';
import { openWorkspace } from '/work/main/src/services/workspace';
import { addDays } from '/work/main/src/core/dates';
const ws = openWorkspace(process.argv[2]!);
const db = ws.db.sqlite;
const asOf = ws.today();
const q: [string, string, unknown[]][] = [
 ['accounts', `SELECT a.id, a.name, a.owner, a.stage_override, (SELECT max(t.date) FROM touchpoints t WHERE t.account_id = a.id AND t.deleted = 0 AND t.date <= ?) FROM accounts a WHERE a.deleted = 0 ORDER BY a.name COLLATE NOCASE, a.id`, [asOf]],
 ['contracts', `SELECT c.account_id, c.id, c.start_date, c.end_date, c.status, c.renewal_of, c.seats, c.modules, (SELECT r.closed_date FROM renewals r WHERE r.contract_id = c.id AND r.deleted = 0 AND r.outcome IN ('renewed', 'churned') ORDER BY r.closed_date DESC LIMIT 1) FROM contracts c WHERE c.deleted = 0`, []],
 ['usage', `SELECT u.account_id, u.date, u.active_users, u.licensed_seats, u.modules_in_use FROM (SELECT account_id, max(date) AS latest FROM usage_snapshots WHERE deleted = 0 AND date > ? AND date <= ? GROUP BY account_id, CAST((julianday(?) - julianday(date)) / 30 AS INTEGER)) m JOIN usage_snapshots u ON u.account_id = m.account_id AND u.date = m.latest AND u.deleted = 0`, [addDays(asOf,-90), asOf, asOf]],
 ['touchpoints', `SELECT account_id, date, attendee_ids FROM touchpoints WHERE deleted = 0 AND date > ? AND date <= ?`, [addDays(asOf,-210), asOf]],
 ['stakeholders', `SELECT account_id, id, role, status, departed_date, name FROM stakeholders WHERE deleted = 0`, []],
 ['surveys', `SELECT account_id, kind, score, date FROM survey_responses WHERE deleted = 0 AND date > ? AND date <= ?`, [addDays(asOf,-395), asOf]],
 ['tickets', `SELECT account_id, severity, status, opened_date, closed_date FROM support_tickets WHERE deleted = 0 AND opened_date <= ? AND (closed_date > ? OR (closed_date = '' AND status <> 'closed'))`, [asOf, addDays(asOf,-30)]],
 ['milestones', `SELECT account_id, due_date, status, completed_date, onboarding FROM milestones WHERE deleted = 0 AND due_date <> '' AND due_date <= ? AND status <> 'cancelled'`, [asOf]],
 ['pulses', `SELECT account_id, stars, date FROM csm_pulses WHERE deleted = 0 AND date > ? AND date <= ? ORDER BY account_id, date, created_at, id`, [addDays(asOf,-91), asOf]],
];
for (let i = 0; i < 2; i++) for (const [name, sql, p] of q) { const s = performance.now(); const n = db.prepare(sql).raw().all(...p).length; console.log(name, n, (performance.now() - s).toFixed(0)); }
for (const [name, sql, p] of q.slice(1,4)) console.log(db.prepare('EXPLAIN QUERY PLAN ' + sql).all(...p).map((r: any) => r.detail).join(' | '));
ws.close();
