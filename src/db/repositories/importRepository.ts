/**
 * What an import looks up and keeps: records by their id in the source or by the fields that
 * name them, accounts by name, the CSMs' names as written, the values each record had when it
 * was last imported, the batches (for undo) and the mapping used last per source and entity.
 */
import type Database from 'better-sqlite3';
import type { ImportBatchView } from '../../shared/api/importViews';
import type { RecordType } from '../../shared/records/recordTypes';
import { prepared } from '../preparedStatement';
import { tableColumns } from '../changeCapture/tableColumns';

const columnOf = (type: RecordType, field: string): string => {
  const column = tableColumns(type).find((c) => c.field === field)?.column;
  if (!column) throw new Error(`${type} has no field ${field}`);
  return column;
};

/** The live record of `type` with this external id, if any (the newest, should there be two). */
export function idByExternalId(
  db: Database.Database,
  type: RecordType,
  key: string,
): string | null {
  return (
    (prepared(
      db,
      `SELECT id FROM ${type} WHERE external_id = ? AND external_id <> '' AND deleted = 0 ORDER BY created_at DESC LIMIT 1`,
    )
      .pluck()
      .get(key) as string | undefined) ?? null
  );
}

/** The `external_id` range of one source's ids: `source:` up to (not including) `source;`. */
const sourceRange = (source: string): [string, string] => [`${source}:`, `${source};`];

/**
 * The live record of the account (or the account itself) whose fields equal `values`; with
 * `notFrom`, only one that carries no id from that source (a record with another id from the
 * source is another record of the source).
 */
export function idByFields(
  db: Database.Database,
  type: RecordType,
  accountId: string | null,
  values: Record<string, string>,
  notFrom: string | null = null,
): string | null {
  const fields = Object.keys(values);
  const where = fields.map((f) => `${columnOf(type, f)} = ?`);
  if (accountId !== null) where.push('account_id = ?');
  if (notFrom !== null) where.push('NOT (external_id >= ? AND external_id < ?)');
  const sql = `SELECT id FROM ${type} WHERE deleted = 0 AND ${where.join(' AND ')} ORDER BY created_at LIMIT 1`;
  const params = [
    ...fields.map((f) => values[f]),
    ...(accountId !== null ? [accountId] : []),
    ...(notFrom !== null ? sourceRange(notFrom) : []),
  ];
  return (
    (prepared(db, sql)
      .pluck()
      .get(...params) as string | undefined) ?? null
  );
}

/** Whether any live record of `type` carries an id from `source`. */
export function hasSourceRecords(db: Database.Database, type: RecordType, source: string): boolean {
  return (
    prepared(
      db,
      `SELECT 1 FROM ${type} WHERE external_id <> '' AND external_id >= ? AND external_id < ? AND deleted = 0 LIMIT 1`,
    ).get(...sourceRange(source)) !== undefined
  );
}

/**
 * The accounts with a live record of `type` that carries no id from `source` ('' for accounts
 * themselves, when there is such an account): where a row with an id can meet a record by the
 * fields that name it. At most one entry per account.
 */
export function accountsWithRecordsNotFrom(
  db: Database.Database,
  type: RecordType,
  source: string,
): Set<string> {
  const where = 'deleted = 0 AND NOT (external_id >= ? AND external_id < ?)';
  const sql =
    type === 'accounts'
      ? `SELECT '' FROM accounts WHERE ${where} LIMIT 1`
      : `SELECT DISTINCT account_id FROM ${type} WHERE ${where}`;
  return new Set(
    prepared(db, sql)
      .pluck()
      .all(...sourceRange(source)) as string[],
  );
}

/** Live accounts by exact name (trimmed): more than one means the name does not tell. */
export function accountIdsByName(db: Database.Database, name: string): string[] {
  return prepared(
    db,
    'SELECT id FROM accounts WHERE deleted = 0 AND trim(name) = ? ORDER BY id LIMIT 2',
  )
    .pluck()
    .all(name.trim()) as string[];
}

/** Every owner name in use, to match an imported owner to its spelling here. */
export function knownOwners(db: Database.Database): string[] {
  return prepared(db, "SELECT DISTINCT owner FROM accounts WHERE deleted = 0 AND owner <> ''")
    .pluck()
    .all() as string[];
}

/** The fields as the last import that was not undone wrote them, or null. */
export function lastImported(
  db: Database.Database,
  type: RecordType,
  rowId: string,
): Record<string, unknown> | null {
  const json = prepared(
    db,
    `SELECT r.imported FROM import_rows r JOIN import_batches b ON b.id = r.batch_id
      WHERE r.tbl = ? AND r.row_id = ? AND b.undone_at = '' ORDER BY r.seq DESC LIMIT 1`,
  )
    .pluck()
    .get(type, rowId) as string | undefined;
  return json ? (JSON.parse(json) as Record<string, unknown>) : null;
}

/** An import kept for undo: as the app lists it. */
export type ImportBatch = ImportBatchView;

export function insertBatch(db: Database.Database, batch: ImportBatch): void {
  prepared(
    db,
    'INSERT INTO import_batches (id, entity, source, file_name, imported_at, counts, undone_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    batch.id,
    batch.entity,
    batch.source,
    batch.fileName,
    batch.importedAt,
    JSON.stringify(batch.counts),
    batch.undoneAt,
  );
}

export function insertBatchRow(
  db: Database.Database,
  row: {
    batchId: string;
    type: RecordType;
    rowId: string;
    action: 'create' | 'update';
    before: Record<string, unknown>;
    imported: Record<string, unknown>;
    seq: number;
  },
): void {
  prepared(
    db,
    `INSERT INTO import_rows (batch_id, tbl, row_id, action, before, imported, seq) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (batch_id, tbl, row_id) DO UPDATE SET imported = excluded.imported, seq = excluded.seq`,
  ).run(
    row.batchId,
    row.type,
    row.rowId,
    row.action,
    JSON.stringify(row.before),
    JSON.stringify(row.imported),
    row.seq,
  );
}

const batchOf = (row: Record<string, string>): ImportBatch => ({
  id: row.id ?? '',
  entity: row.entity ?? '',
  source: row.source ?? '',
  fileName: row.file_name ?? '',
  importedAt: row.imported_at ?? '',
  counts: JSON.parse(row.counts ?? '{}') as Record<string, number>,
  undoneAt: row.undone_at ?? '',
});

export function listBatches(db: Database.Database): ImportBatch[] {
  return (
    prepared(db, 'SELECT * FROM import_batches ORDER BY imported_at DESC, id DESC').all() as Record<
      string,
      string
    >[]
  ).map(batchOf);
}

export function findBatch(db: Database.Database, id: string): ImportBatch | null {
  const row = prepared(db, 'SELECT * FROM import_batches WHERE id = ?').get(id) as
    Record<string, string> | undefined;
  return row ? batchOf(row) : null;
}

export function batchRows(
  db: Database.Database,
  batchId: string,
): {
  type: RecordType;
  rowId: string;
  action: 'create' | 'update';
  before: Record<string, unknown>;
}[] {
  return (
    prepared(
      db,
      'SELECT tbl, row_id, action, before FROM import_rows WHERE batch_id = ? ORDER BY seq DESC',
    ).all(batchId) as {
      tbl: RecordType;
      row_id: string;
      action: 'create' | 'update';
      before: string;
    }[]
  ).map((r) => ({
    type: r.tbl,
    rowId: r.row_id,
    action: r.action,
    before: JSON.parse(r.before) as Record<string, unknown>,
  }));
}

export function markBatchUndone(db: Database.Database, id: string, at: string): void {
  prepared(db, 'UPDATE import_batches SET undone_at = ? WHERE id = ?').run(at, id);
}

export function savedMapping(
  db: Database.Database,
  source: string,
  entity: string,
): Record<string, string> | null {
  const json = prepared(db, 'SELECT mapping FROM import_mappings WHERE source = ? AND entity = ?')
    .pluck()
    .get(source, entity) as string | undefined;
  return json ? (JSON.parse(json) as Record<string, string>) : null;
}

export function saveMapping(
  db: Database.Database,
  source: string,
  entity: string,
  mapping: Record<string, string>,
  at: string,
): void {
  prepared(
    db,
    `INSERT INTO import_mappings (source, entity, mapping, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (source, entity) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(source, entity, JSON.stringify(mapping), at);
}
