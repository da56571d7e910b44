/**
 * The store-independent part of a push: which changes are new, the sequence number and running
 * checksum each gets, and the merged rows of the team's current state (for snapshots). A push
 * that reuses a stored change id for other content, or that brings a change older than one the
 * client already pushed, is refused whole (PushRefusedError): both mean a second copy of a
 * database writes under the same client id.
 */
import { foldChecksum } from '../../core/sync/changeChecksum';
import { sameContent, type ChangeContent } from '../../core/sync/changeContent';
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
  /** The newest change id stored from the client after this push. */
  clientLast: string | null;
  /** The bytes the new changes add to the team's storage. */
  bytes: number;
}

export class PushRefusedError extends Error {
  constructor(
    readonly code: 'change_conflict' | 'node_taken' | 'invalid_change',
    message: string,
  ) {
    super(message);
    this.name = 'PushRefusedError';
  }
}

export function rowKey(table: string, rowId: string): string {
  return `${table}\u0000${rowId}`;
}

export function planPush(
  team: { lastSeq: number; checksum: string },
  changes: SyncChange[],
  existing: ReadonlyMap<string, ChangeContent>,
  currentRows: ReadonlyMap<string, RowFields>,
  client: { id: string; last: string | null },
  /** Rows the store repaired (rowRepair.ts): written back even if the push changes none of it. */
  rebuilt: ReadonlySet<string> = new Set(),
): PushPlan {
  const inserts: StoredChange[] = [];
  const rows = new Map<string, RowFields>();
  const seen = new Map<string, ChangeContent>(existing);
  let { lastSeq, checksum } = team;
  let clientLast = client.last;
  let bytes = 0;
  for (const change of changes) {
    const earlier = seen.get(change.id);
    if (earlier) {
      if (!sameContent(earlier, change))
        throw new PushRefusedError(
          'change_conflict',
          `Change ${change.id} is already stored with other content: another copy of this database writes as client ${client.id}; it must take a new client id`,
        );
      continue;
    }
    if (client.last !== null && change.id <= client.last)
      throw new PushRefusedError(
        'node_taken',
        `Client ${client.id} already pushed ${client.last}, newer than its new change ${change.id}: another copy of this database writes as this client; it must take a new client id`,
      );
    seen.set(change.id, change);
    lastSeq += 1;
    checksum = foldChecksum(checksum, [change]);
    if (clientLast === null || change.id > clientLast) clientLast = change.id;
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
  return { inserts, rows, lastSeq, checksum, clientLast, bytes };
}

/** The distinct rows a batch of changes touches. */
export function touchedRows(changes: SyncChange[]): { table: string; rowId: string }[] {
  const rows = new Map<string, { table: string; rowId: string }>();
  for (const c of changes) rows.set(rowKey(c.table, c.rowId), { table: c.table, rowId: c.rowId });
  return [...rows.values()];
}

/**
 * Record ids are unique across tables (UUIDv7); the replicas rely on it (their search index is
 * keyed by id). A push that would give an id to a row of a second table is refused whole.
 * `owner(rowId, table)` names another table already holding the id, if any.
 */
export function refuseTakenRowIds(
  changes: SyncChange[],
  owner: (rowId: string, table: string) => string | undefined,
): void {
  const inPush = new Map<string, string>();
  for (const { table, rowId } of touchedRows(changes)) {
    const other =
      (inPush.has(rowId) && inPush.get(rowId) !== table ? inPush.get(rowId) : undefined) ??
      owner(rowId, table);
    if (other !== undefined)
      throw new PushRefusedError(
        'invalid_change',
        `Invalid change to ${table} row ${rowId}: the row id is already the id of a ${other} record; record ids are unique across tables`,
      );
    inPush.set(rowId, table);
  }
}
