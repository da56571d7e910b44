/**
 * Field ↔ column mapping of the synced tables, read from the drizzle schema so there is one
 * source of truth. Values are encoded the way SQLite stores them (booleans 0/1, lists as JSON).
 */
import { getTableColumns } from 'drizzle-orm';
import type { RecordType } from '../../shared/records/recordTypes';
import { SYNCED_TABLES } from '../schema/syncedTables';

export type SqlValue = string | number | null;
export type ColumnKind = 'text' | 'number' | 'boolean' | 'json';

export interface ColumnInfo {
  field: string;
  column: string;
  kind: ColumnKind;
}

function kindOf(columnType: string): ColumnKind {
  if (columnType === 'SQLiteBoolean') return 'boolean';
  if (columnType === 'SQLiteTextJson') return 'json';
  if (columnType === 'SQLiteText') return 'text';
  return 'number';
}

const cache = new Map<RecordType, ColumnInfo[]>();

export function tableColumns(type: RecordType): ColumnInfo[] {
  let columns = cache.get(type);
  if (!columns) {
    columns = Object.entries(getTableColumns(SYNCED_TABLES[type])).map(([field, col]) => ({
      field,
      column: col.name,
      kind: kindOf(col.columnType),
    }));
    cache.set(type, columns);
  }
  return columns;
}

export function encodeValue(kind: ColumnKind, value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (kind === 'boolean') return value ? 1 : 0;
  if (kind === 'json') return JSON.stringify(value);
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new TypeError(`Cannot store ${typeof value} in a ${kind} column`);
}

export function decodeValue(kind: ColumnKind, value: SqlValue): unknown {
  if (value === null) return null;
  if (kind === 'boolean') return value === 1;
  if (kind === 'json') return typeof value === 'string' ? (JSON.parse(value) as unknown) : [];
  return value;
}

/** A raw SQLite row (column names) as a record (field names, decoded values). */
export function decodeRow(
  type: RecordType,
  row: Record<string, SqlValue>,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const { field, column, kind } of tableColumns(type))
    record[field] = decodeValue(kind, row[column] ?? null);
  return record;
}
