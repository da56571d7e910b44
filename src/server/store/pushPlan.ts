/**
 * The store-independent part of a push: which changes are new, the sequence number and running
 * checksum each gets, and the merged rows of the team's current state (for snapshots).
 */
import { foldChecksum } from '../../core/sync/changeChecksum';
import { mergeRowFields, type RowFields } from '../../core/sync/fieldMerge';
import type { SyncChange } from '../../shared/sync/syncProtocol';
import { changeBytes } from './storePages';

export interface StoredChange {
  seq: number;
  change: SyncChange;
  /** The team checksum including this change. */
  checksum: string;
  /** The change's data and base as stored (JSON), and the bytes it counts for. */
  data: string;
  base: string | null;
  size: number;
}

export interface PushPlan {
  inserts: StoredChange[];
  /** Rows whose fields changed, keyed `table\0rowId`. */
  rows: Map<string, RowFields>;
  lastSeq: number;
  checksum: string;
  /** The bytes the new changes add to the team's storage. */
  bytes: number;
}

export function rowKey(table: string, rowId: string): string {
  return `${table}\u0000${rowId}`;
}

export function planPush(
  team: { lastSeq: number; checksum: string },
  changes: SyncChange[],
  existingIds: ReadonlySet<string>,
  currentRows: ReadonlyMap<string, RowFields>,
  /** Rows the store repaired (rowRepair.ts): written back even if the push changes none of it. */
  rebuilt: ReadonlySet<string> = new Set(),
): PushPlan {
  const inserts: StoredChange[] = [];
  const rows = new Map<string, RowFields>();
  const seen = new Set(existingIds);
  let { lastSeq, checksum } = team;
  let bytes = 0;
  for (const change of changes) {
    if (seen.has(change.id)) continue;
    seen.add(change.id);
    lastSeq += 1;
    checksum = foldChecksum(checksum, [change.id]);
    const data = JSON.stringify(change.data);
    const base = change.base ? JSON.stringify(change.base) : null;
    const size = changeBytes(change, data, base);
    bytes += size;
    inserts.push({ seq: lastSeq, change, checksum, data, base, size });
    const key = rowKey(change.table, change.rowId);
    const fields = rows.get(key) ?? { ...(currentRows.get(key) ?? {}) };
    if (mergeRowFields(fields, { hlc: change.id, data: change.data }) || rebuilt.has(key))
      rows.set(key, fields);
  }
  return { inserts, rows, lastSeq, checksum, bytes };
}

/** The distinct rows a batch of changes touches. */
export function touchedRows(changes: SyncChange[]): { table: string; rowId: string }[] {
  const rows = new Map<string, { table: string; rowId: string }>();
  for (const c of changes) rows.set(rowKey(c.table, c.rowId), { table: c.table, rowId: c.rowId });
  return [...rows.values()];
}
