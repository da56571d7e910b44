/** Where this replica stands with the server, kept in `meta` so it survives restarts. */
import type Database from 'better-sqlite3';
import { prepared } from '../preparedStatement';
import { readMeta, writeMeta } from '../repositories/metaRepository';

/** The replica's node id (sync client id); services/sync/nodeIdentity makes and changes it. */
export const NODE_ID_KEY = 'node_id';
const CURSOR = 'sync_cursor';
const SNAPSHOT = 'sync_snapshot';
const LAST_SYNC = 'sync_last_success';

export interface SnapshotProgress {
  /** `table/rowId` of the last row received, or null before the first page. */
  after: string | null;
  seq: number;
  checksum: string;
  /** Rows in the whole snapshot and rows received so far, for the progress shown. */
  total?: number;
  received?: number;
}

export function readCursor(db: Database.Database): number {
  return Number(readMeta(db, CURSOR) ?? 0);
}

export function writeCursor(db: Database.Database, cursor: number): void {
  writeMeta(db, CURSOR, String(cursor));
}

export function readSnapshotProgress(db: Database.Database): SnapshotProgress | null {
  const value = readMeta(db, SNAPSHOT);
  return value ? (JSON.parse(value) as SnapshotProgress) : null;
}

export function writeSnapshotProgress(db: Database.Database, progress: SnapshotProgress | null) {
  if (progress) writeMeta(db, SNAPSHOT, JSON.stringify(progress));
  else prepared(db, 'DELETE FROM meta WHERE key = ?').run(SNAPSHOT);
}

export function readLastSync(db: Database.Database): string | null {
  return readMeta(db, LAST_SYNC);
}

export function writeLastSync(db: Database.Database, at: string): void {
  writeMeta(db, LAST_SYNC, at);
}

/**
 * Forgets where this replica stands with the server — cursor, a snapshot under way, the last
 * success — so the next round reads the team's log from its start.
 */
export function forgetSyncProgress(db: Database.Database): void {
  prepared(db, 'DELETE FROM meta WHERE key IN (?, ?, ?)').run(CURSOR, SNAPSHOT, LAST_SYNC);
}
