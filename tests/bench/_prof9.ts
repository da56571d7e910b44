import { openWorkspace } from '/work/main/src/services/workspace';
import { addDays } from '/work/main/src/core/dates';
const ws = openWorkspace(process.argv[2]!);
const db = ws.db.sqlite;
const asOf = ws.today();
const cpu = (name: string, f: () => unknown) => { const best: number[] = []; for (let i = 0; i < 5; i++) { const s = process.cpuUsage(); f(); const d = process.cpuUsage(s); best.push((d.user + d.system) / 1000); } console.log(name, Math.min(...best).toFixed(0)); };
const run = (sql: string, p: unknown[]) => { const st = db.prepare(sql).raw(); return () => st.all(...p); };
const b1 = addDays(asOf, -30), b2 = addDays(asOf, -60), b3 = addDays(asOf, -90);
cpu('usage julian', run(`SELECT u.account_id, u.date, u.active_users, u.licensed_seats, u.modules_in_use FROM (SELECT account_id, max(date) AS latest FROM usage_snapshots WHERE deleted = 0 AND date > ? AND date <= ? GROUP BY account_id, CAST((julianday(?) - julianday(date)) / 30 AS INTEGER)) m JOIN usage_snapshots u ON u.account_id = m.account_id AND u.date = m.latest AND u.deleted = 0`, [b3, asOf, asOf]));
cpu('usage seeks', run(`SELECT a.id, u.date, u.active_users, u.licensed_seats, u.modules_in_use FROM accounts a, (SELECT ? AS lo, ? AS hi UNION ALL SELECT ?, ? UNION ALL SELECT ?, ?) w
  JOIN usage_snapshots u ON u.account_id = a.id AND u.deleted = 0 AND u.date = (SELECT max(date) FROM usage_snapshots x WHERE x.account_id = a.id AND x.deleted = 0 AND x.date > w.lo AND x.date <= w.hi)
  WHERE a.deleted = 0`, [b1, asOf, b2, b1, b3, b2]));
cpu('usage rows only', run(`SELECT account_id, date, active_users, licensed_seats, modules_in_use FROM usage_snapshots WHERE deleted = 0 AND date > ? AND date <= ?`, [b3, asOf]));
cpu('surveys all', run(`SELECT account_id, kind, score, date FROM survey_responses WHERE deleted = 0 AND date > ? AND date <= ?`, [addDays(asOf,-395), asOf]));
cpu('surveys split', run(`SELECT account_id, kind, score, date FROM survey_responses WHERE deleted = 0 AND date > ? AND date <= ? AND (kind = 'nps' OR date > ?)`, [addDays(asOf,-395), asOf, addDays(asOf,-210)]));
cpu('accounts order', run(`SELECT a.id, a.name, a.owner, a.stage_override, (SELECT max(t.date) FROM touchpoints t WHERE t.account_id = a.id AND t.deleted = 0 AND t.date <= ?) FROM accounts a WHERE a.deleted = 0 ORDER BY a.name COLLATE NOCASE, a.id`, [asOf]));
cpu('accounts noorder', run(`SELECT a.id, a.name, a.owner, a.stage_override, (SELECT max(t.date) FROM touchpoints t WHERE t.account_id = a.id AND t.deleted = 0 AND t.date <= ?) FROM accounts a WHERE a.deleted = 0`, [asOf]));
console.log(db.prepare(`EXPLAIN QUERY PLAN SELECT a.id, (SELECT max(t.date) FROM touchpoints t WHERE t.account_id = a.id AND t.deleted = 0 AND t.date <= ?) FROM accounts a WHERE a.deleted = 0`).all(asOf).map((r: any) => r.detail));
ws.close();
