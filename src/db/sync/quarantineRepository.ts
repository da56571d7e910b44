/**
 * Pulled changes that failed validation (sync_quarantine): kept as received, never applied, and
 * listed under Sync. A quarantined change still counts toward the replica's checksum when it came
 * from the log (not a snapshot), as the server counted it: sync goes on and never loops repairing.
 */
import type Database from 'better-sqlite3';
import type { ChangeProblem } from '../../shared/sync/changeValidation';
import type { SqlValue } from '../../shared/sync/syncProtocol';
import { foldChecksum, ZERO_CHECKSUM } from '../../core/sync/changeChecksum';
import type { FieldValue } from '../../core/sync/fieldMerge';
import { prepared } from '../preparedStatement';
import { readMeta, writeMeta } from '../repositories/metaRepository';

/**
 * Longer text is kept cut short: a kept change is only shown, never applied, and an old server
 * may hold notes of a million characters that must not fill this laptop's disk.
 */
const KEPT_CHARS = 4096;

function kept(data: Record<string, SqlValue>): { json: string; complete: boolean } {
  let complete = true;
  const cut = Object.fromEntries(
    Object.entries(data).map(([column, value]) => {
      if (typeof value !== 'string' || value.length <= KEPT_CHARS) return [column, value];
      complete = false;
      return [column, `${value.slice(0, KEPT_CHARS)}… (${value.length} characters)`];
    }),
  );
  return { json: JSON.stringify(cut), complete };
}

export interface QuarantinedChange {
  id: string;
  table: string;
  rowId: string;
  data: Record<string, SqlValue>;
  author: string;
  origin: 'remote' | 'snapshot';
  problems: ChangeProblem[];
  receivedAt: string;
}

export interface HeldChange {
  id: string;
  table: string;
  rowId: string;
  data: Record<string, SqlValue>;
  base?: Record<string, string> | null;
  author?: string;
}

/**
 * Keeps a change out of the data; false when it was already kept. A snapshot's copy of a change
 * is replaced by the change itself when the log brings it, and counts from then on.
 */
export function quarantineChange(
  db: Database.Database,
  change: HeldChange,
  origin: 'remote' | 'snapshot',
  problems: ChangeProblem[],
  at: string,
): boolean {
  const data = kept(change.data);
  const base = change.base ? JSON.stringify(change.base) : null;
  const added = prepared(
    db,
    `INSERT OR IGNORE INTO sync_quarantine
       (hlc, tbl, row_id, data, base, author, origin, problems, complete, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    change.id,
    change.table,
    change.rowId,
    data.json,
    base,
    change.author ?? '',
    origin,
    JSON.stringify(problems),
    data.complete ? 1 : 0,
    at,
  );
  if (added.changes === 1) {
    if (origin === 'remote') countTowardChecksum(db, change);
    return true;
  }
  if (origin !== 'remote') return false;
  const promoted = prepared(
    db,
    `UPDATE sync_quarantine SET data = ?, base = ?, author = ?, origin = 'remote', problems = ?,
       complete = ? WHERE hlc = ? AND origin = 'snapshot'`,
  ).run(
    data.json,
    base,
    change.author ?? '',
    JSON.stringify(problems),
    data.complete ? 1 : 0,
    change.id,
  );
  if (promoted.changes === 1) countTowardChecksum(db, change);
  return promoted.changes === 1;
}

const QUARANTINE_CHECKSUM = 'sync_quarantine_checksum';

/**
 * A change the log brought counts toward the server's checksum with its full content, which the
 * quarantine may keep only shortened: it is folded in once, as it arrived.
 */
function countTowardChecksum(db: Database.Database, change: HeldChange): void {
  const folded = foldChecksum(quarantineChecksum(db), [
    {
      id: change.id,
      table: change.table,
      rowId: change.rowId,
      data: change.data as Record<string, FieldValue>,
      base: change.base ?? null,
    },
  ]);
  writeMeta(db, QUARANTINE_CHECKSUM, folded);
}

/** The fold over every kept change the server's checksum counts (those from the log). */
export function quarantineChecksum(db: Database.Database): string {
  return readMeta(db, QUARANTINE_CHECKSUM) ?? ZERO_CHECKSUM;
}

interface Raw {
  hlc: string;
  tbl: string;
  row_id: string;
  data: string;
  author: string;
  origin: 'remote' | 'snapshot';
  problems: string;
  received_at: string;
}

/** The kept changes, newest first. */
export function listQuarantined(db: Database.Database, limit = 500): QuarantinedChange[] {
  const rows = prepared(
    db,
    `SELECT hlc, tbl, row_id, data, author, origin, problems, received_at FROM sync_quarantine
      ORDER BY received_at DESC, hlc LIMIT ?`,
  ).all(limit) as Raw[];
  return rows.map((r) => ({
    id: r.hlc,
    table: r.tbl,
    rowId: r.row_id,
    data: JSON.parse(r.data) as Record<string, SqlValue>,
    author: r.author,
    origin: r.origin,
    problems: JSON.parse(r.problems) as ChangeProblem[],
    receivedAt: r.received_at,
  }));
}

export function countQuarantined(db: Database.Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM sync_quarantine').get() as { n: number }).n;
}

/** The kept changes whose values were all kept whole: the ones that could still be applied. */
export function completeQuarantined(
  db: Database.Database,
): (HeldChange & { origin: 'remote' | 'snapshot' })[] {
  const rows = prepared(
    db,
    'SELECT hlc, tbl, row_id, data, base, author, origin FROM sync_quarantine WHERE complete = 1',
  ).all() as (Omit<Raw, 'problems' | 'received_at'> & { base: string | null })[];
  return rows.map((r) => ({
    id: r.hlc,
    table: r.tbl,
    rowId: r.row_id,
    data: JSON.parse(r.data) as Record<string, SqlValue>,
    base: r.base ? (JSON.parse(r.base) as Record<string, string>) : null,
    author: r.author,
    origin: r.origin,
  }));
}

/**
 * Lets a kept change go (it is being applied): one the log brought counts from now on through
 * the log, so it leaves the quarantine's part of the checksum.
 */
export function releaseQuarantined(db: Database.Database, id: string): void {
  const row = prepared(
    db,
    "SELECT hlc, tbl, row_id, data, base FROM sync_quarantine WHERE hlc = ? AND origin = 'remote'",
  ).get(id) as
    { hlc: string; tbl: string; row_id: string; data: string; base: string | null } | undefined;
  if (row)
    countTowardChecksum(db, {
      id: row.hlc,
      table: row.tbl,
      rowId: row.row_id,
      data: JSON.parse(row.data) as Record<string, SqlValue>,
      base: row.base ? (JSON.parse(row.base) as Record<string, string>) : null,
    });
  prepared(db, 'DELETE FROM sync_quarantine WHERE hlc = ?').run(id);
}
