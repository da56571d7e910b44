/**
 * Alerts firing now (computed, local) and the decisions people made about them (synced
 * `alert_actions`), read together for lists and boards (DESIGN.md §5).
 */
import type Database from 'better-sqlite3';
import type { AlertDecision } from '../../core/alerts/alertState';
import { prepared, preparedFor } from '../preparedStatement';

export interface FiringAlert {
  accountId: string;
  type: string;
  severity: string;
  facts: Record<string, string | number>;
  firstSeen: string;
}

/** What fires for each account now: type → its row. */
export function firingAlerts(
  db: Database.Database,
  accountId: string | null = null,
): Map<string, Map<string, FiringAlert>> {
  const rows = preparedFor(
    db,
    `SELECT account_id, type, severity, facts, first_seen FROM alerts
      WHERE (? IS NULL OR account_id = ?)`,
    accountId,
  )
    .raw()
    .all(accountId, accountId) as [string, string, string, string, string][];
  const byAccount = new Map<string, Map<string, FiringAlert>>();
  for (const [id, type, severity, facts, firstSeen] of rows) {
    let own = byAccount.get(id);
    if (!own) byAccount.set(id, (own = new Map()));
    own.set(type, {
      accountId: id,
      type,
      severity,
      facts: JSON.parse(facts) as FiringAlert['facts'],
      firstSeen,
    });
  }
  return byAccount;
}

/** The day each firing alert was first seen, per account and type (no facts parsed). */
export function firstSeenByAccount(
  db: Database.Database,
  accountId: string | null = null,
): Map<string, Map<string, string>> {
  const rows = preparedFor(
    db,
    'SELECT account_id, type, first_seen FROM alerts WHERE (? IS NULL OR account_id = ?)',
    accountId,
  )
    .raw()
    .all(accountId, accountId) as [string, string, string][];
  const byAccount = new Map<string, Map<string, string>>();
  for (const [id, type, firstSeen] of rows) {
    let own = byAccount.get(id);
    if (!own) byAccount.set(id, (own = new Map()));
    own.set(type, firstSeen);
  }
  return byAccount;
}

/** Replaces what fires for one account: kept alerts keep the day they were first seen. */
export function replaceAlerts(
  db: Database.Database,
  accountId: string,
  alerts: Omit<FiringAlert, 'accountId'>[],
): void {
  const keep = alerts.map((a) => a.type);
  prepared(
    db,
    `DELETE FROM alerts WHERE account_id = ? AND type NOT IN (SELECT value FROM json_each(?))`,
  ).run(accountId, JSON.stringify(keep));
  const upsert = prepared(
    db,
    `INSERT INTO alerts (account_id, type, severity, facts, first_seen) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (account_id, type) DO UPDATE SET severity = excluded.severity, facts = excluded.facts,
       first_seen = excluded.first_seen`,
  );
  for (const a of alerts)
    upsert.run(accountId, a.type, a.severity, JSON.stringify(a.facts), a.firstSeen);
}

/**
 * Replaces every alert at once (a full rescoring), writing only what changed: most alerts fire
 * on as they did yesterday, with the same facts.
 */
export function replaceAllAlerts(db: Database.Database, alerts: FiringAlert[]): void {
  const rows = prepared(db, 'SELECT account_id, type, severity, facts, first_seen FROM alerts')
    .raw()
    .all() as [string, string, string, string, string][];
  const stored = new Map<string, string>();
  for (const [id, type, severity, facts, firstSeen] of rows)
    stored.set(`${id}\u0000${type}`, `${severity}\u0000${facts}\u0000${firstSeen}`);
  const upsert = prepared(
    db,
    `INSERT INTO alerts (account_id, type, severity, facts, first_seen) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (account_id, type) DO UPDATE SET severity = excluded.severity, facts = excluded.facts,
       first_seen = excluded.first_seen`,
  );
  for (const a of alerts) {
    const key = `${a.accountId}\u0000${a.type}`;
    const facts = JSON.stringify(a.facts);
    if (stored.get(key) !== `${a.severity}\u0000${facts}\u0000${a.firstSeen}`)
      upsert.run(a.accountId, a.type, a.severity, facts, a.firstSeen);
    stored.delete(key);
  }
  const remove = prepared(db, 'DELETE FROM alerts WHERE account_id = ? AND type = ?');
  for (const key of stored.keys()) {
    const [id, type] = key.split('\u0000');
    remove.run(id, type);
  }
}

export function deleteAlerts(db: Database.Database, accountId: string): void {
  prepared(db, 'DELETE FROM alerts WHERE account_id = ?').run(accountId);
}

/** The live decisions per account and alert type ("accountId\u0000type"). */
export function alertDecisions(
  db: Database.Database,
  accountId: string | null = null,
): Map<string, AlertDecision[]> {
  const rows = preparedFor(
    db,
    // Decisions made on the same day are ordered by the clock of their creation (HLC), which
    // is unique and ordered across devices even when wall clocks agree to the millisecond.
    `SELECT a.account_id, a.alert_type, a.action, a.date, a.until, a.note, a.author,
            coalesce((SELECT min(hlc) FROM change_log c WHERE c.tbl = 'alert_actions' AND c.row_id = a.id), a.created_at)
       FROM alert_actions a
      WHERE a.deleted = 0 AND (? IS NULL OR a.account_id = ?)`,
    accountId,
  )
    .raw()
    .all(accountId, accountId) as string[][];
  const byKey = new Map<string, AlertDecision[]>();
  for (const [id, type, action, date, until, note, author, createdAt] of rows) {
    const key = `${id}\u0000${type}`;
    const decision = { action, date, until, note, author, createdAt } as AlertDecision;
    const list = byKey.get(key);
    if (list) list.push(decision);
    else byKey.set(key, [decision]);
  }
  return byKey;
}
