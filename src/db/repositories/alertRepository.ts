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

/** A stored alert as written: its severity, its facts as JSON, and the day it was first seen. */
export type StoredAlert = [severity: string, facts: string, firstSeen: string];

/** What fires for each account as stored (no facts parsed): account → type → stored alert. */
export function storedAlerts(
  db: Database.Database,
  accountId: string | null = null,
): Map<string, Map<string, StoredAlert>> {
  const rows = preparedFor(
    db,
    `SELECT account_id, type, severity, facts, first_seen FROM alerts
      WHERE (? IS NULL OR account_id = ?)`,
    accountId,
  )
    .raw()
    .all(accountId, accountId) as [string, string, string, string, string][];
  const byAccount = new Map<string, Map<string, StoredAlert>>();
  for (const [id, type, severity, facts, firstSeen] of rows) {
    let own = byAccount.get(id);
    if (!own) byAccount.set(id, (own = new Map()));
    own.set(type, [severity, facts, firstSeen]);
  }
  return byAccount;
}

/** What fires for each account now: type → its row. */
export function firingAlerts(
  db: Database.Database,
  accountId: string | null = null,
): Map<string, Map<string, FiringAlert>> {
  const byAccount = new Map<string, Map<string, FiringAlert>>();
  for (const [id, stored] of storedAlerts(db, accountId)) {
    const own = new Map<string, FiringAlert>();
    for (const [type, [severity, facts, firstSeen]] of stored)
      own.set(type, {
        accountId: id,
        type,
        severity,
        facts: JSON.parse(facts) as FiringAlert['facts'],
        firstSeen,
      });
    byAccount.set(id, own);
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
 * on as they did yesterday, with the same facts. `stored` is what `storedAlerts` read before
 * (read again when not given); it is used up.
 */
export function replaceAllAlerts(
  db: Database.Database,
  alerts: FiringAlert[],
  stored: Map<string, Map<string, StoredAlert>> = storedAlerts(db),
): void {
  const upsert = prepared(
    db,
    `INSERT INTO alerts (account_id, type, severity, facts, first_seen) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (account_id, type) DO UPDATE SET severity = excluded.severity, facts = excluded.facts,
       first_seen = excluded.first_seen`,
  );
  for (const a of alerts) {
    const own = stored.get(a.accountId);
    const before = own?.get(a.type);
    const facts = JSON.stringify(a.facts);
    if (!before || before[0] !== a.severity || before[1] !== facts || before[2] !== a.firstSeen)
      upsert.run(a.accountId, a.type, a.severity, facts, a.firstSeen);
    own?.delete(a.type);
  }
  const remove = prepared(db, 'DELETE FROM alerts WHERE account_id = ? AND type = ?');
  for (const [id, own] of stored) for (const type of own.keys()) remove.run(id, type);
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
