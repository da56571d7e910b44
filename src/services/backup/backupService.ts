/**
 * Backing up and restoring the database (DESIGN.md §12). A backup is a whole copy, encrypted
 * with the database's key or a passphrase of its own. A restore checks the file whole before
 * anything else, keeps the current database as a safety copy, and swaps the restored one in with
 * one rename; the restored database then opens as a copy: it takes a new node id, keeps the
 * changes it held that the server never acknowledged, and pulls what the team wrote since.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  dropBackupInfo,
  openBackupFile,
  unlockBackupConnection,
  writeBackupFile,
  type BackupInfo,
  type BackupProtection,
} from '../../db/backupFile';
import { changeKey } from '../../db/databaseKey';
import { hasLiveOwner } from '../../db/databaseOwners';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import { writeMeta } from '../../db/repositories/metaRepository';
import { checkPassphrase } from '../security/keyFile';
import { FILE_ID_KEY } from '../sync/nodeIdentity';
import type { Workspace } from '../workspace';

export type { BackupInfo, BackupProtection };

/** Writes a backup of the workspace's database; a passphrase locks it apart from the database. */
export function backUp(
  ws: Workspace,
  target: string,
  passphrase: string | null = null,
): BackupInfo {
  if (existsSync(target)) throw new DatabaseOpenError(target, { reason: 'exists' });
  if (passphrase !== null) checkPassphrase(target, passphrase);
  return writeBackupFile(
    ws.db.sqlite,
    ws.db.key,
    target,
    { createdAt: ws.nowIso(), device: ws.nodeId, source: basename(ws.db.file) },
    passphrase,
  );
}

/** What a backup file is, checked whole, without restoring it. */
export function inspectBackup(file: string, candidates: BackupProtection[]): BackupInfo {
  const { db, info } = openBackupFile(file, candidates);
  db.close();
  return info;
}

export interface RestoreResult {
  info: BackupInfo;
  /** Where the database it replaced was kept (null: there was none). */
  safetyCopy: string | null;
}

function flush(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Restores `backupFile` as the database `dbFile`, encrypted with `key` (null: plain). The backup
 * is opened with the first of `candidates` (or `key`) that unlocks it; a newer, damaged, foreign
 * or locked one is refused before the database is touched.
 */
export function restoreBackup(
  dbFile: string,
  backupFile: string,
  options: {
    key: Buffer | null;
    candidates: BackupProtection[];
    knownVersion: number;
    stamp: string;
  },
): RestoreResult {
  if (existsSync(dbFile) && hasLiveOwner(dbFile))
    throw new DatabaseOpenError(dbFile, { reason: 'inUse' });
  const candidates: BackupProtection[] = [
    ...(options.key ? [{ kind: 'databaseKey', key: options.key } as const] : []),
    ...options.candidates,
  ];
  const opened = openBackupFile(backupFile, candidates);
  const { info, protection } = opened;
  const restoring = `${dbFile}.restoring`;
  try {
    if (info.schemaVersion > options.knownVersion)
      throw new DatabaseOpenError(backupFile, {
        reason: 'newer',
        found: info.schemaVersion,
        known: options.knownVersion,
      });
    if (protection.kind !== 'none' && options.key === null)
      throw new DatabaseOpenError(dbFile, { reason: 'restoreNeedsKey' });
    rmSync(restoring, { force: true });
    opened.db.prepare('VACUUM INTO ?').run(restoring);
  } finally {
    opened.db.close();
  }
  try {
    const copy = new Database(restoring, { fileMustExist: true });
    try {
      unlockBackupConnection(copy, protection);
      dropBackupInfo(copy);
      // A copy, whatever its file: the first open takes a new node id before it writes.
      writeMeta(copy, FILE_ID_KEY, 'restored');
      if (options.key) changeKey(copy, options.key);
    } finally {
      copy.close();
    }
    const check = new Database(restoring, { readonly: true, fileMustExist: true });
    try {
      if (options.key) unlockBackupConnection(check, { kind: 'databaseKey', key: options.key });
      const found = check.prepare('PRAGMA quick_check(1)').pluck().get();
      if (found !== 'ok')
        throw new DatabaseOpenError(backupFile, {
          reason: 'damaged',
          check: 'quick_check',
          findings: [String(found)],
          more: false,
        });
    } finally {
      check.close();
    }
    flush(restoring);
    let safetyCopy: string | null = null;
    if (existsSync(dbFile)) {
      safetyCopy = `${dbFile}.before-restore-${options.stamp}.bak`;
      renameSync(dbFile, safetyCopy);
      // A log left by an unclean close belongs to the safety copy now, under its name.
      for (const side of ['-wal', '-shm'])
        if (existsSync(`${dbFile}${side}`)) renameSync(`${dbFile}${side}`, `${safetyCopy}${side}`);
    }
    renameSync(restoring, dbFile);
    flush(dirname(dbFile));
    return { info, safetyCopy };
  } catch (error) {
    rmSync(restoring, { force: true });
    throw error;
  }
}
