/** Reading the change log as the per-field changes of DESIGN.md §8. */
import type Database from 'better-sqlite3';
import { isHlc } from '../../shared/sync/hlcFormat';
import { prepared } from '../preparedStatement';
import type { SqlValue } from './tableColumns';

export interface FieldChange {
  hlc: string;
  table: string;
  rowId: string;
  column: string;
  value: SqlValue;
}

interface LogRow {
  hlc: string;
  tbl: string;
  row_id: string;
  data: string;
}

function expand(rows: LogRow[]): FieldChange[] {
  return rows.flatMap((row) =>
    Object.entries(JSON.parse(row.data) as Record<string, SqlValue>).map(([column, value]) => ({
      hlc: row.hlc,
      table: row.tbl,
      rowId: row.row_id,
      column,
      value,
    })),
  );
}

/** Every change, in HLC order, optionally only those after a given HLC. */
export function listChanges(db: Database.Database, after = ''): FieldChange[] {
  const rows = db
    .prepare('SELECT hlc, tbl, row_id, data FROM change_log WHERE hlc > ? ORDER BY hlc')
    .all(after) as LogRow[];
  return expand(rows);
}

export function changesForRow(db: Database.Database, table: string, rowId: string): FieldChange[] {
  const rows = db
    .prepare(
      'SELECT hlc, tbl, row_id, data FROM change_log WHERE tbl = ? AND row_id = ? ORDER BY hlc',
    )
    .all(table, rowId) as LogRow[];
  return expand(rows);
}

/**
 * The newest timestamp in the log that is a real time. An older version may have logged a
 * change whose id does not round-trip (`9999-99-99T…`); it sorts above every real one and must
 * not become the clock's starting point.
 */
export function latestHlc(db: Database.Database): string | null {
  const rows = db
    .prepare('SELECT hlc FROM change_log ORDER BY hlc DESC')
    .iterate() as IterableIterator<{ hlc: string }>;
  // Leaving the loop early closes the statement's iterator.
  for (const { hlc } of rows) if (isHlc(hlc)) return hlc;
  return null;
}

/** True when nothing was ever written (or synced) into this database. */
export function isUnused(db: Database.Database): boolean {
  return prepared(db, 'SELECT 1 FROM change_log LIMIT 1').get() === undefined;
}
