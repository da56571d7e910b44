/**
 * Gives local change-log entries new ids (HLCs), for the two cases where an id this replica made
 * cannot reach the server: it took a new node id (a copied database, another user), or a wrong
 * wall clock dated its writes too far ahead. The caller picks the entries and their new ids (in
 * the same order as the old ones); this rewrites them in one transaction with everything that
 * names them — the `base` clocks of local entries and the conflicts that kept their values —
 * and keeps every row's field values the LWW result of its log.
 */
import type Database from 'better-sqlite3';
import { fieldClocks } from '../../core/sync/fieldMerge';
import type { SqlValue } from '../../shared/sync/syncProtocol';
import { prepared } from '../preparedStatement';
import { forgetChecksumCache } from './syncLog';

interface Entry {
  hlc: string;
  tbl: string;
  row_id: string;
  data: string;
  base: string | null;
}

/** Local changes the server never acknowledged, oldest first; only those after `after` if given. */
export function pendingIds(db: Database.Database, after = ''): string[] {
  return (
    prepared(
      db,
      "SELECT hlc FROM change_log WHERE origin = 'local' AND pushed = 0 AND hlc > ? ORDER BY hlc",
    ).all(after) as { hlc: string }[]
  ).map((r) => r.hlc);
}

/** Local changes stamped by another node than `node` (a node id this replica had before). */
export function otherNodeLocalIds(db: Database.Database, node: string): string[] {
  return (
    prepared(
      db,
      "SELECT hlc FROM change_log WHERE origin = 'local' AND substr(hlc, -16) <> ? ORDER BY hlc",
    ).all(node) as { hlc: string }[]
  ).map((r) => r.hlc);
}

/**
 * The newest HLC of the log once the pending local changes after `after` are left out: what
 * still stands when those are re-stamped.
 */
export function newestStandingHlc(db: Database.Database, after: string): string | null {
  return (
    prepared(
      db,
      "SELECT max(hlc) AS hlc FROM change_log WHERE NOT (origin = 'local' AND pushed = 0 AND hlc > ?)",
    ).get(after) as { hlc: string | null }
  ).hlc;
}

function remap(json: string | null, mapping: ReadonlyMap<string, string>): string | null {
  if (!json) return json;
  const base = JSON.parse(json) as Record<string, string>;
  let changed = false;
  for (const [column, hlc] of Object.entries(base)) {
    const to = mapping.get(hlc);
    if (to) {
      base[column] = to;
      changed = true;
    }
  }
  return changed ? JSON.stringify(base) : json;
}

function rowEntries(db: Database.Database, table: string, rowId: string): Entry[] {
  return prepared(
    db,
    'SELECT hlc, tbl, row_id, data, base FROM change_log WHERE tbl = ? AND row_id = ?',
  ).all(table, rowId) as Entry[];
}

const parse = (e: Entry) => ({ hlc: e.hlc, data: JSON.parse(e.data) as Record<string, SqlValue> });

/**
 * Rewrites each `old → new` id of `mapping` (local entries). New ids must be unique in the log;
 * the order among the rewritten entries must be the order of their old ids.
 */
export function restampChanges(db: Database.Database, mapping: ReadonlyMap<string, string>): void {
  if (mapping.size === 0) return;
  db.transaction(() => {
    const read = prepared(
      db,
      "SELECT hlc, tbl, row_id, data, base FROM change_log WHERE hlc = ? AND origin = 'local'",
    );
    const entries = [...mapping.keys()].map((hlc) => {
      const entry = read.get(hlc) as Entry | undefined;
      if (!entry) throw new Error(`No local change ${hlc} to re-stamp`);
      return entry;
    });
    const rows = new Map<string, { table: string; rowId: string }>();
    for (const e of entries)
      rows.set(`${e.tbl}\u0000${e.row_id}`, { table: e.tbl, rowId: e.row_id });
    // Which entry held each field before, to check the rewrite keeps every winner.
    const before = new Map<string, Map<string, string>>();
    for (const [key, { table, rowId }] of rows)
      before.set(key, fieldClocks(rowEntries(db, table, rowId).map(parse)));

    // Bases name earlier changes, so only entries from the oldest re-stamped one on can name one.
    const oldest = [...mapping.keys()].sort()[0]!;
    const bases = prepared(
      db,
      "SELECT hlc, base FROM change_log WHERE origin = 'local' AND base IS NOT NULL AND hlc >= ?",
    ).all(oldest) as { hlc: string; base: string }[];
    const setBase = prepared(db, 'UPDATE change_log SET base = ? WHERE hlc = ?');
    for (const { hlc, base } of bases) {
      const next = remap(base, mapping);
      if (next !== base) setBase.run(next, hlc);
    }
    // Two steps, so a new id may equal an old one still to be moved.
    const move = prepared(db, 'UPDATE change_log SET hlc = ? WHERE hlc = ?');
    for (const e of entries) move.run(`\u0001${e.hlc}`, e.hlc);
    for (const e of entries) move.run(mapping.get(e.hlc), `\u0001${e.hlc}`);
    const conflicts = prepared(db, 'SELECT id, local_hlc FROM sync_conflicts').all() as {
      id: number;
      local_hlc: string;
    }[];
    const setConflict = prepared(db, 'UPDATE sync_conflicts SET local_hlc = ? WHERE id = ?');
    for (const { id, local_hlc } of conflicts) {
      const to = mapping.get(local_hlc);
      if (to) setConflict.run(to, id);
    }

    for (const [key, { table, rowId }] of rows)
      keepWinners(db, table, rowId, before.get(key)!, mapping);
    forgetChecksumCache(db);
  })();
}

/**
 * A field whose winner is no longer the same change after the rewrite (only a new id that ties
 * with another node's change on the same millisecond and counter can do that) takes the value of
 * its new winner, so the row stays what its log says.
 */
function keepWinners(
  db: Database.Database,
  table: string,
  rowId: string,
  before: Map<string, string>,
  mapping: ReadonlyMap<string, string>,
): void {
  const entries = rowEntries(db, table, rowId).map(parse);
  const after = fieldClocks(entries);
  for (const [column, hlc] of after) {
    const was = before.get(column);
    if (was !== undefined && (mapping.get(was) ?? was) === hlc) continue;
    const value = entries.find((e) => e.hlc === hlc)?.data[column] ?? null;
    // Table and column names come from the log, which only holds checked names.
    prepared(db, `UPDATE ${table} SET "${column}" = ? WHERE id = ?`).run(value, rowId);
  }
}
