/** A snapshot row's fields regrouped into the changes (one per HLC) that set them. */
import type { IncomingChange } from '../../db/sync/remoteApplier';
import type { SnapshotRow, SqlValue } from '../../shared/sync/syncProtocol';

export function snapshotChanges(rows: SnapshotRow[]): IncomingChange[] {
  const changes: IncomingChange[] = [];
  for (const row of rows) {
    const byHlc = new Map<string, Record<string, SqlValue>>();
    for (const [column, [value, hlc]] of Object.entries(row.fields)) {
      const data = byHlc.get(hlc) ?? {};
      data[column] = value;
      byHlc.set(hlc, data);
    }
    for (const [id, data] of byHlc) changes.push({ id, table: row.table, rowId: row.rowId, data });
  }
  return changes;
}
