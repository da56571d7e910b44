import { openWorkspace } from '/work/main/src/services/workspace';
import { addDays } from '/work/main/src/core/dates';
const ws = openWorkspace(process.argv[2]!);
const db = ws.db.sqlite;
const asOf = ws.today();
const cpu = (f: () => unknown) => { const best: number[] = []; for (let i = 0; i < 5; i++) { const s = process.cpuUsage(); f(); const d = process.cpuUsage(s); best.push((d.user + d.system) / 1000); } return Math.min(...best).toFixed(0); };
const run = (sql: string, p: unknown[]) => () => db.prepare(sql).raw().all(...p);
console.log('contracts corr', cpu(run(`SELECT c.account_id, c.id, c.start_date, c.end_date, c.status, c.renewal_of, c.seats, c.modules, (SELECT r.closed_date FROM renewals r WHERE r.contract_id = c.id AND r.deleted = 0 AND r.outcome IN ('renewed', 'churned') ORDER BY r.closed_date DESC LIMIT 1) FROM contracts c WHERE c.deleted = 0`, [])));
console.log('contracts plain', cpu(run(`SELECT c.account_id, c.id, c.start_date, c.end_date, c.status, c.renewal_of, c.seats, c.modules FROM contracts c WHERE c.deleted = 0`, [])));
console.log('renewals closed', cpu(run(`SELECT contract_id, max(closed_date) FROM renewals WHERE deleted = 0 AND outcome IN ('renewed','churned') GROUP BY contract_id`, [])));
console.log('usage julian', cpu(run(`SELECT u.account_id, u.date, u.active_users, u.licensed_seats, u.modules_in_use FROM (SELECT account_id, max(date) AS latest FROM usage_snapshots WHERE deleted = 0 AND date > ? AND date <= ? GROUP BY account_id, CAST((julianday(?) - julianday(date)) / 30 AS INTEGER)) m JOIN usage_snapshots u ON u.account_id = m.account_id AND u.date = m.latest AND u.deleted = 0`, [addDays(asOf,-90), asOf, asOf])));
console.log('usage case', cpu(run(`SELECT u.account_id, u.date, u.active_users, u.licensed_seats, u.modules_in_use FROM (SELECT account_id, max(date) AS latest FROM usage_snapshots WHERE deleted = 0 AND date > ? AND date <= ? GROUP BY account_id, date > ?, date > ?) m JOIN usage_snapshots u ON u.account_id = m.account_id AND u.date = m.latest AND u.deleted = 0`, [addDays(asOf,-90), asOf, addDays(asOf,-30), addDays(asOf,-60)])));
console.log('usage all 90d', cpu(run(`SELECT account_id, date, active_users, licensed_seats, modules_in_use FROM usage_snapshots WHERE deleted = 0 AND date > ? AND date <= ?`, [addDays(asOf,-90), asOf])));
console.log('accounts', cpu(run(`SELECT a.id, a.name, a.owner, a.stage_override, (SELECT max(t.date) FROM touchpoints t WHERE t.account_id = a.id AND t.deleted = 0 AND t.date <= ?) FROM accounts a WHERE a.deleted = 0 ORDER BY a.name COLLATE NOCASE, a.id`, [asOf])));
console.log('touchpoints', cpu(run(`SELECT account_id, date, attendee_ids FROM touchpoints WHERE deleted = 0 AND date > ? AND date <= ?`, [addDays(asOf,-210), asOf])));
console.log('stakeholders', cpu(run(`SELECT account_id, id, role, status, departed_date, name FROM stakeholders WHERE deleted = 0`, [])));
console.log('surveys', cpu(run(`SELECT account_id, kind, score, date FROM survey_responses WHERE deleted = 0 AND date > ? AND date <= ?`, [addDays(asOf,-395), asOf])));
console.log('milestones', cpu(run(`SELECT account_id, due_date, status, completed_date, onboarding FROM milestones WHERE deleted = 0 AND due_date <> '' AND due_date <= ? AND status <> 'cancelled'`, [asOf])));
const AGG = `SELECT a.id,
    (SELECT max(date) FROM touchpoints t WHERE t.account_id = a.id AND t.deleted = 0),
    (SELECT max(active_users) FROM usage_snapshots u WHERE u.account_id = a.id AND u.deleted = 0),
    (SELECT avg(score) FROM survey_responses s WHERE s.account_id = a.id AND s.deleted = 0),
    (SELECT count(*) FROM support_tickets k WHERE k.account_id = a.id AND k.deleted = 0 AND k.status <> 'closed'),
    (SELECT count(*) FROM stakeholders h WHERE h.account_id = a.id AND h.deleted = 0),
    (SELECT sum(status = 'done') FROM milestones m WHERE m.account_id = a.id AND m.deleted = 0),
    (SELECT max(seats) FROM contracts c WHERE c.account_id = a.id AND c.deleted = 0)
  FROM accounts a WHERE a.deleted = 0`;
console.log('RAW', cpu(run(AGG, [])));
ws.close();
