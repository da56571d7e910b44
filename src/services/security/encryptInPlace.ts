/**
 * Encrypts a plain database file where it lies, so that a crash at any moment leaves either the
 * plain file or the encrypted one whole, never neither: a consistent copy is made beside it,
 * encrypted, checked (integrity and the row count of every table) and flushed, and only then
 * renamed over the plain file — one atomic step. Its plain backups (before migrations and
 * restores, and the daily ones) are treated the same way, so no readable copy stays on the disk.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { applyKey, changeKey, isPlainDatabase } from '../../db/databaseKey';
import { hasLiveOwner } from '../../db/databaseOwners';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import { flushToDisk } from '../../db/fileFlush';
import { readMeta, writeMeta } from '../../db/repositories/metaRepository';
import { BACKUP_INFO_TABLE } from '../../db/backupFile';
import { backupFolder } from '../backup/dailyBackup';
import { databaseFileId, FILE_ID_KEY } from '../sync/nodeIdentity';

const SUFFIX = '.encrypting';

function tableCounts(db: Database.Database): Map<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

function removeSideFiles(file: string): void {
  for (const side of ['-wal', '-shm', '-journal']) rmSync(`${file}${side}`, { force: true });
}

/** The encrypted copy reads back whole: SQLite's integrity check and the same rows per table. */
function verifyCopy(file: string, copy: string, key: Buffer, counts: Map<string, number>): void {
  const db = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, key);
    const check = db.prepare('PRAGMA integrity_check(1)').pluck().get();
    const after = tableCounts(db);
    const same = after.size === counts.size && [...counts].every(([t, n]) => after.get(t) === n);
    if (check !== 'ok' || !same)
      throw new DatabaseOpenError(file, {
        reason: 'damaged',
        check: 'integrity_check',
        findings: [
          check === 'ok' ? 'the encrypted copy does not hold the same rows' : String(check),
        ],
        more: false,
      });
  } finally {
    db.close();
  }
}

/**
 * The encrypted copy is the same database, not a copy of it (services/sync/nodeIdentity): it
 * records its own file identity, which the rename keeps, so it keeps its node id.
 */
function keepIdentity(copy: Database.Database, temp: string): void {
  const fileId = databaseFileId(temp);
  if (fileId !== null && readMeta(copy, FILE_ID_KEY) !== null) writeMeta(copy, FILE_ID_KEY, fileId);
}

/** A backup file says how it is locked: from now on with the database's key. */
function markBackupEncrypted(copy: Database.Database): void {
  const described = copy
    .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
    .pluck()
    .get(BACKUP_INFO_TABLE);
  if (described)
    copy
      .prepare(`UPDATE ${BACKUP_INFO_TABLE} SET value = 'databaseKey' WHERE key = 'protection'`)
      .run();
}

/** Encrypts one plain SQLite file (a database or a backup) in place with the key. */
function encryptFile(file: string, key: Buffer, isDatabase: boolean): void {
  const temp = `${file}${SUFFIX}`;
  rmSync(temp, { force: true });
  removeSideFiles(temp);
  const plain = new Database(file, { fileMustExist: true });
  let counts: Map<string, number>;
  try {
    // A consistent copy, with whatever the plain file's log still held.
    plain.prepare('VACUUM INTO ?').run(temp);
    counts = tableCounts(plain);
  } finally {
    plain.close();
  }
  const copy = new Database(temp, { fileMustExist: true });
  try {
    changeKey(copy, key);
    if (isDatabase) keepIdentity(copy, temp);
    else markBackupEncrypted(copy);
  } finally {
    copy.close();
  }
  verifyCopy(file, temp, key, counts);
  flushToDisk(temp);
  // The plain file's log was folded in when its connection closed; none may outlive it.
  removeSideFiles(file);
  renameSync(temp, file);
  flushToDisk(dirname(file));
}

/**
 * The plain backups of the database: taken before migrations or restores (`FILE.before-….bak`)
 * beside it, and the daily ones in its backup folder.
 */
function plainBackups(file: string): string[] {
  const inFolder = (dir: string, keep: (name: string) => boolean) => {
    try {
      return readdirSync(dir)
        .filter(keep)
        .map((name) => join(dir, name));
    } catch {
      return [];
    }
  };
  const name = basename(file);
  return [
    ...inFolder(dirname(file), (n) => n.startsWith(`${name}.before-`) && n.endsWith('.bak')),
    ...inFolder(backupFolder(file), (n) => n.startsWith(`${name}-`) && n.endsWith('.bak')),
  ].filter((path) => statSync(path).size > 0 && isPlainDatabase(path));
}

/**
 * Encrypts the database (when it is still plain) and every plain backup beside it. Safe to run
 * again after a crash: a leftover copy is remade, and what is already encrypted is left alone.
 */
export function encryptInPlace(file: string, key: Buffer): void {
  if (hasLiveOwner(file)) throw new DatabaseOpenError(file, { reason: 'inUse' });
  if (existsSync(file) && statSync(file).size > 0 && isPlainDatabase(file))
    encryptFile(file, key, true);
  for (const backup of plainBackups(file)) encryptFile(backup, key, false);
  rmSync(`${file}${SUFFIX}`, { force: true });
}

/** Whether anything of the database is still plain on disk. */
export function needsEncrypting(file: string): boolean {
  return (
    (existsSync(file) && statSync(file).size > 0 && isPlainDatabase(file)) ||
    plainBackups(file).length > 0
  );
}
