/**
 * The oracle of the semantic sync fuzz (syncSemanticFuzz.test.ts): whether the app would accept a
 * change, read straight from the record schemas and written apart from the server's own checks,
 * so a mistake in how the server applies the schemas shows up as a disagreement.
 */
import { RECORD_SCHEMAS } from '../../../src/shared/records/recordTypes';
import { SYNC_COLUMNS, SYNC_TABLES, type SyncTable } from '../../../src/shared/sync/syncColumns';
import type { SqlValue } from '../../../src/shared/sync/syncProtocol';

export type Data = Record<string, SqlValue>;
export const columnsOf = (table: SyncTable) => SYNC_COLUMNS[table] as Record<string, string>;
const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function typeFits(kind: string, value: SqlValue): boolean {
  if (value === null) return kind.endsWith('?');
  const base = kind.replace('?', '');
  if (base === 'text') return typeof value === 'string';
  if (base === 'integer') return Number.isSafeInteger(value);
  if (base === 'real') return typeof value === 'number' && Number.isFinite(value);
  if (base === 'boolean') return value === 0 || value === 1;
  try {
    const list: unknown = JSON.parse(String(value));
    return Array.isArray(list) && list.every((item) => typeof item === 'string');
  } catch {
    return false;
  }
}

function decoded(kind: string, value: SqlValue): unknown {
  if (kind === 'boolean') return value === 1;
  if (kind === 'list') return JSON.parse(String(value)) as unknown;
  return value;
}

/** Whether the app would accept this value in this column. */
export function fieldValid(table: SyncTable, column: string, value: SqlValue): boolean {
  const kind = columnsOf(table)[column];
  if (kind === undefined || !typeFits(kind, value)) return false;
  if (column === 'deleted') return true;
  if (column === 'created_at' || column === 'updated_at') {
    const ms = Date.parse(String(value));
    return Number.isFinite(ms) && new Date(ms).toISOString() === value;
  }
  const shape = RECORD_SCHEMAS[table].shape as Record<
    string,
    { safeParse(v: unknown): { success: boolean } }
  >;
  return shape[camel(column)]?.safeParse(decoded(kind, value)).success ?? false;
}

const RECORD_COLUMNS = (table: SyncTable) =>
  Object.keys(columnsOf(table)).filter((c) => !['created_at', 'updated_at', 'deleted'].includes(c));

/** A change the app would accept: id, row and every field, and a whole record's own rules. */
export function changeValid(change: {
  id: string;
  table: string;
  rowId: string;
  data: Data;
}): boolean {
  const idTime = change.id.slice(0, 24);
  const ms = Date.parse(idTime);
  if (!(Number.isFinite(ms) && new Date(ms).toISOString() === idTime)) return false;
  if (
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(change.rowId)
  )
    return false;
  if (!(SYNC_TABLES as string[]).includes(change.table)) return false;
  const table = change.table as SyncTable;
  if (!Object.entries(change.data).every(([c, v]) => fieldValid(table, c, v))) return false;
  const columns = RECORD_COLUMNS(table);
  if (!columns.every((c) => Object.hasOwn(change.data, c))) return true;
  const record = Object.fromEntries(
    columns.map((c) => [camel(c), decoded(columnsOf(table)[c]!, change.data[c] ?? null)]),
  );
  return RECORD_SCHEMAS[table].safeParse(record).success;
}
