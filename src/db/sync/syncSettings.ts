/** The server this replica syncs with, kept in `meta` (local, never synced). */
import type Database from 'better-sqlite3';
import { prepared } from '../preparedStatement';
import { readMeta, writeMeta } from '../repositories/metaRepository';
import { markAllUnpushed, resetChecksum } from './syncLog';
import { NODE_ID_KEY, writeCursor, writeSnapshotProgress } from './syncState';

export interface SyncSettings {
  serverUrl: string;
  token: string;
  /** The user allowed a plain http:// server on another computer (the token goes unencrypted). */
  allowInsecureHttp?: boolean;
}

export function readSyncSettings(db: Database.Database): SyncSettings | null {
  const serverUrl = readMeta(db, 'sync_server_url');
  const token = readMeta(db, 'sync_token');
  const allowInsecureHttp = readMeta(db, 'sync_allow_insecure_http') === '1';
  return serverUrl && token ? { serverUrl, token, allowInsecureHttp } : null;
}

/**
 * Saves the server and token. A different server holds a different log, so where this replica
 * stands (cursor, pushed marks, checksum) starts over; the next round offers every local change.
 */
export function writeSyncSettings(db: Database.Database, settings: SyncSettings | null): void {
  db.transaction(() => {
    const previous = readMeta(db, 'sync_server_url');
    if (!settings) {
      prepared(
        db,
        "DELETE FROM meta WHERE key IN ('sync_server_url', 'sync_token', 'sync_allow_insecure_http')",
      ).run();
      return;
    }
    if (previous !== settings.serverUrl) {
      markAllUnpushed(db, readMeta(db, NODE_ID_KEY) ?? '');
      writeCursor(db, 0);
      writeSnapshotProgress(db, null);
      resetChecksum(db, '0000000000000000');
    }
    writeMeta(db, 'sync_server_url', settings.serverUrl);
    writeMeta(db, 'sync_token', settings.token);
    writeMeta(db, 'sync_allow_insecure_http', settings.allowInsecureHttp ? '1' : '0');
  })();
}
