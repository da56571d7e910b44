/**
 * A backup taken on a connection of its own, so the workspace's connection keeps serving while
 * the copy is made: in WAL mode a reader does not block the writer, and the copy is the database
 * as of the moment its read began. The daily backup's thread runs this.
 */
import Database from 'better-sqlite3';
import { writeBackupFile, type BackupInfo } from '../../db/backupFile';
import { applyKey } from '../../db/databaseKey';

export interface BackupRequest {
  dbFile: string;
  key: Uint8Array | null;
  target: string;
  createdAt: string;
  device: string;
  source: string;
}

export function backUpOnOwnConnection(request: BackupRequest): BackupInfo {
  const key = request.key ? Buffer.from(request.key) : null;
  const sqlite = new Database(request.dbFile, { fileMustExist: true });
  try {
    if (key) applyKey(sqlite, key);
    sqlite.pragma('busy_timeout = 10000');
    return writeBackupFile(
      sqlite,
      key,
      request.target,
      { createdAt: request.createdAt, device: request.device, source: request.source },
      null,
    );
  } finally {
    sqlite.close();
    key?.fill(0);
  }
}
