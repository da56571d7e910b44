/** The change log as sync sees it: what is waiting to be pushed, and the replica's checksum. */
import type Database from 'better-sqlite3';
import { combineChecksums, foldChecksum } from '../../core/sync/changeChecksum';
import type { SqlValue } from '../../shared/sync/syncProtocol';
import { prepared } from '../preparedStatement';
import { readMeta, writeMeta } from '../repositories/metaRepository';
import { quarantineChecksum } from './quarantineRepository';

export interface OutgoingChange {
  id: string;
  table: string;
  rowId: string;
  data: Record<string, SqlValue>;
  base?: Record<string, string>;
}

interface LogRow {
  hlc: string;
  tbl: string;
  row_id: string;
  data: string;
  base: string | null;
}

/** Local changes the server has not acknowledged yet, oldest first. */
export function pendingChanges(db: Database.Database, limit: number): OutgoingChange[] {
  const rows = prepared(
    db,
    "SELECT hlc, tbl, row_id, data, base FROM change_log WHERE origin = 'local' AND pushed = 0 ORDER BY hlc LIMIT ?",
  ).all(limit) as LogRow[];
  return rows.map((r) => ({
    id: r.hlc,
    table: r.tbl,
    rowId: r.row_id,
    data: JSON.parse(r.data) as Record<string, SqlValue>,
    ...(r.base ? { base: JSON.parse(r.base) as Record<string, string> } : {}),
  }));
}

export function pendingCount(db: Database.Database): number {
  return (
    prepared(
      db,
      "SELECT count(*) AS n FROM change_log WHERE origin = 'local' AND pushed = 0",
    ).get() as { n: number }
  ).n;
}

export function markPushed(db: Database.Database, ids: string[]): void {
  const mark = prepared(db, "UPDATE change_log SET pushed = 1 WHERE hlc = ? AND origin = 'local'");
  db.transaction(() => {
    for (const id of ids) mark.run(id);
  })();
}

/**
 * Forget what was pushed, so every local change of `node` is offered again (the server ignores
 * repeats). Changes stamped by a node id this replica had before are the server's under that id,
 * which this client can no longer push as.
 */
export function markAllUnpushed(db: Database.Database, node: string): void {
  prepared(
    db,
    "UPDATE change_log SET pushed = 0 WHERE origin = 'local' AND substr(hlc, -16) = ?",
  ).run(node);
}

/** Whether the server sent changes stamped with `node` that this replica did not make. */
export function hasForeignOwnChanges(db: Database.Database, node: string): boolean {
  return (
    prepared(
      db,
      "SELECT 1 FROM change_log WHERE origin <> 'local' AND substr(hlc, -16) = ? LIMIT 1",
    ).get(node) !== undefined
  );
}

const CHECKSUM_BASE = 'sync_checksum_base';
/** Folded over ids and content; the cache of ids only (before) had another key, dropped once. */
const CHECKSUM_CACHE = 'sync_content_checksum_cache';
const ID_CHECKSUM_CACHE = 'sync_checksum_cache';

/**
 * The checksum over every change this replica holds, comparable with the server's: a snapshot's
 * entries count through the checksum the server gave with the snapshot (its base); every other
 * entry counts by its id and content, and so does every quarantined change the log brought.
 * Folded incrementally by rowid, since the log only grows (a re-stamp, which rewrites ids, drops
 * the cache).
 */
export function replicaChecksum(db: Database.Database): string {
  return combineChecksums(logChecksum(db), quarantineChecksum(db));
}

function logChecksum(db: Database.Database): string {
  const base = readMeta(db, CHECKSUM_BASE) ?? '0000000000000000';
  const cached = readMeta(db, CHECKSUM_CACHE);
  if (!cached) prepared(db, 'DELETE FROM meta WHERE key = ?').run(ID_CHECKSUM_CACHE);
  let { rowid, value } = cached
    ? (JSON.parse(cached) as { rowid: number; value: string })
    : { rowid: 0, value: base };
  const rows = prepared(
    db,
    "SELECT rowid, hlc, tbl, row_id, data, base FROM change_log WHERE rowid > ? AND origin <> 'snapshot' ORDER BY rowid",
  ).iterate(rowid) as IterableIterator<LogRow & { rowid: number }>;
  const changes: OutgoingChange[] = [];
  for (const row of rows) {
    changes.push({
      id: row.hlc,
      table: row.tbl,
      rowId: row.row_id,
      data: JSON.parse(row.data) as Record<string, SqlValue>,
      ...(row.base ? { base: JSON.parse(row.base) as Record<string, string> } : {}),
    });
    rowid = row.rowid;
  }
  if (changes.length === 0) return value;
  value = foldChecksum(value, changes);
  writeMeta(db, CHECKSUM_CACHE, JSON.stringify({ rowid, value }));
  return value;
}

/** Starts the checksum over from a snapshot's base (or from zero). */
export function resetChecksum(db: Database.Database, base: string): void {
  writeMeta(db, CHECKSUM_BASE, base);
  forgetChecksumCache(db);
}

/** Drops the incremental fold, after log entries were rewritten in place. */
export function forgetChecksumCache(db: Database.Database): void {
  prepared(db, 'DELETE FROM meta WHERE key = ?').run(CHECKSUM_CACHE);
}
