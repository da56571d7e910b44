/**
 * Undoes an import batch in one transaction: records it created become tombstones (and can be
 * restored like any deleted record), records it updated get back the values they had before.
 * Both go through the change log, so the undo syncs like any edit.
 */
import {
  batchRows,
  findBatch,
  listBatches,
  markBatchUndone,
  type ImportBatch,
} from '../../db/repositories/importRepository';
import { findRecord } from '../../db/repositories/recordRepository';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';

export function importBatches(ws: Workspace): ImportBatch[] {
  return listBatches(ws.db.sqlite);
}

export function undoImport(ws: Workspace, batchId: string): { deleted: number; restored: number } {
  const db = ws.db.sqlite;
  const batch = findBatch(db, batchId);
  if (!batch) throw new ServiceError('not_found', `No import with id ${batchId}`);
  if (batch.undoneAt)
    throw new ServiceError('invalid_input', `The import ${batchId} was already undone`);
  let deleted = 0;
  let restored = 0;
  db.transaction(() => {
    for (const row of batchRows(db, batchId)) {
      const record = findRecord(db, row.type, row.rowId);
      if (!record) continue;
      if (row.action === 'create') {
        if (!record.deleted) {
          ws.writer.update(row.type, row.rowId, { deleted: true });
          deleted++;
        }
      } else if (ws.writer.update(row.type, row.rowId, row.before).changed.length > 0) restored++;
    }
    markBatchUndone(db, batchId, ws.nowIso());
  })();
  return { deleted, restored };
}
