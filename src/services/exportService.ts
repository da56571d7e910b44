/**
 * `export --json`: every synced record, tombstones included, by type then id. Deterministic, so two
 * replicas that have converged produce byte-identical output.
 */
import { RECORD_TYPES, type RecordType, type StoredRecord } from '../shared/records/recordTypes';
import { listAllRecords } from '../db/repositories/recordRepository';
import type { Workspace } from './workspace';

export type ExportDocument = { [T in RecordType]: StoredRecord<T>[] };

export function exportRecords(ws: Workspace): ExportDocument {
  const document = {} as Record<RecordType, unknown[]>;
  for (const type of [...RECORD_TYPES].sort()) document[type] = listAllRecords(ws.db.sqlite, type);
  return document as ExportDocument;
}

export function exportJson(ws: Workspace): string {
  return `${JSON.stringify(exportRecords(ws), null, 2)}\n`;
}
