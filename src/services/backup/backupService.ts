/**
 * Backing up and restoring the database (DESIGN.md §12). A backup is a whole copy, encrypted
 * with the database's key or a passphrase of its own. A restore checks the file whole before
 * anything else, keeps the current database as a safety copy, and swaps the restored one in with
 * one rename; the restored database then opens as a copy: it takes a new node id, keeps the
 * changes it held that the server never acknowledged, and pulls what the team wrote since.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import {
  dropBackupInfo,
  findProtection,
  openBackupFile,
  writeBackupFile,
  type BackupInfo,
  type BackupProtection,
} from '../../db/backupFile';
import { changeKey } from '../../db/databaseKey';
import { hasLiveOwner } from '../../db/databaseOwners';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import { flushToDisk } from '../../db/fileFlush';
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
  const { db, info } = openBackupFile(file, findProtection(file, candidates));
  db.close();
  return info;
}

export interface RestoreResult {
  info: BackupInfo;
  /** Where the database it replaced was kept (null: there was none). */
  safetyCopy: string | null;
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
  const protection = findProtection(backupFile, [
    ...(options.key ? [{ kind: 'databaseKey', key: options.key } as const] : []),
    ...options.candidates,
  ]);
  if (protection.kind !== 'none' && options.key === null)
    throw new DatabaseOpenError(dbFile, { reason: 'restoreNeedsKey' });
  // Checked, changed and keyed as a copy beside the database; the backup itself is only read.
  const restoring = `${dbFile}.restoring`;
  rmSync(restoring, { force: true });
  try {
    copyFileSync(backupFile, restoring);
    const { db, info } = openBackupFile(restoring, protection, {
      shownAs: backupFile,
      writable: true,
    });
    try {
      if (info.schemaVersion > options.knownVersion)
        throw new DatabaseOpenError(backupFile, {
          reason: 'newer',
          found: info.schemaVersion,
          known: options.knownVersion,
        });
      dropBackupInfo(db);
      // A copy, whatever its file: the first open takes a new node id before it writes.
      writeMeta(db, FILE_ID_KEY, 'restored');
      const sameKey = protection.kind === 'databaseKey' && options.key?.equals(protection.key);
      if (options.key && !sameKey) changeKey(db, options.key);
    } finally {
      db.close();
    }
    flushToDisk(restoring);
    let safetyCopy: string | null = null;
    if (existsSync(dbFile)) {
      safetyCopy = `${dbFile}.before-restore-${options.stamp}.bak`;
      renameSync(dbFile, safetyCopy);
      // A log left by an unclean close belongs to the safety copy now, under its name.
      for (const side of ['-wal', '-shm'])
        if (existsSync(`${dbFile}${side}`)) renameSync(`${dbFile}${side}`, `${safetyCopy}${side}`);
    }
    renameSync(restoring, dbFile);
    flushToDisk(dirname(dbFile));
    return { info, safetyCopy };
  } catch (error) {
    for (const side of ['', '-journal', '-wal', '-shm'])
      rmSync(`${restoring}${side}`, { force: true });
    throw error;
  }
}
