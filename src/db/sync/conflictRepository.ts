/** The kept values that lost to another device (sync_conflicts), for review and restore. */
import type Database from 'better-sqlite3';
import { prepared } from '../preparedStatement';

export interface ConflictRow {
  id: number;
  table: string;
  rowId: string;
  column: string;
  /** JSON of the value as SQLite stored it. */
  localValue: string;
  localHlc: string;
  remoteValue: string;
  remoteHlc: string;
  remoteAuthor: string;
  concurrent: boolean;
  detectedAt: string;
  resolution: string | null;
  resolvedAt: string | null;
}

export interface ConflictFilter {
  includeResolved?: boolean;
  /** Also list values another user replaced after seeing them (not concurrent). */
  includeKnowing?: boolean;
  limit?: number;
}

const COLUMNS = `id, tbl AS "table", row_id AS rowId, "column", local_value AS localValue,
  local_hlc AS localHlc, remote_value AS remoteValue, remote_hlc AS remoteHlc,
  remote_author AS remoteAuthor, concurrent, detected_at AS detectedAt, resolution,
  resolved_at AS resolvedAt`;

type Raw = Omit<ConflictRow, 'concurrent'> & { concurrent: number };

const toRow = (r: Raw): ConflictRow => ({ ...r, concurrent: r.concurrent === 1 });

export function listConflicts(db: Database.Database, filter: ConflictFilter): ConflictRow[] {
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM sync_conflicts
      WHERE (? = 1 OR resolution IS NULL) AND (? = 1 OR concurrent = 1)
      ORDER BY id DESC LIMIT ?`,
  ).all(
    filter.includeResolved ? 1 : 0,
    filter.includeKnowing ? 1 : 0,
    filter.limit ?? 500,
  ) as Raw[];
  return rows.map(toRow);
}

export function getConflict(db: Database.Database, id: number): ConflictRow | null {
  const row = prepared(db, `SELECT ${COLUMNS} FROM sync_conflicts WHERE id = ?`).get(id) as
    Raw | undefined;
  return row ? toRow(row) : null;
}

export function countOpenConflicts(db: Database.Database): number {
  return (
    prepared(
      db,
      'SELECT count(*) AS n FROM sync_conflicts WHERE resolution IS NULL AND concurrent = 1',
    ).get() as { n: number }
  ).n;
}

export function markResolved(
  db: Database.Database,
  id: number,
  resolution: 'kept_theirs' | 'restored_mine',
  at: string,
): void {
  prepared(db, 'UPDATE sync_conflicts SET resolution = ?, resolved_at = ? WHERE id = ?').run(
    resolution,
    at,
    id,
  );
}
