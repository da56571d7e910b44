/**
 * What opening a database file checks before anything may write to it (DESIGN.md §12): that it
 * is there (unless this open may create it), that it is an SQLite file of a schema version this
 * Outpost knows, and that it is sound — `quick_check` on every open, the full `integrity_check`
 * when a write-ahead log was left behind (the last process using the file did not close it: a
 * crash, a kill, or another Outpost process that still has it open). Every check only reads; a
 * refused file keeps every byte.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { IntegrityCheck } from '../shared/messages/databaseOpenText';
import { DatabaseOpenError } from './databaseOpenError';
import { refuseNewer } from './migrations';

const MAGIC = 'SQLite format 3\0';
/** SQLite stops counting problems here; a refusal says "N or more". */
const MAX_FINDINGS = 100;

/** What the open will find: no file (to be created), an empty one, or a database to use. */
export type FileState = 'missing' | 'empty' | 'existing';

/** The 100-byte SQLite header, or as much of it as the file has. */
function readHeader(file: string): Buffer {
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    return header.subarray(0, readSync(fd, header, 0, 100, 0));
  } finally {
    closeSync(fd);
  }
}

function runCheck(file: string, db: Database.Database, check: IntegrityCheck): void {
  const findings = db.prepare(`PRAGMA ${check}(${MAX_FINDINGS})`).pluck().all() as string[];
  if (findings.length === 1 && findings[0] === 'ok') return;
  throw new DatabaseOpenError(file, {
    reason: 'damaged',
    check,
    findings,
    more: findings.length >= MAX_FINDINGS,
  });
}

/** Throws a DatabaseOpenError when the file must not be opened; otherwise says what is there. */
export function checkBeforeOpen(file: string, knownVersion: number, create: boolean): FileState {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new DatabaseOpenError(file, { reason: 'notOutpost' });
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    if (!create) throw new DatabaseOpenError(file, { reason: 'missing' });
    return 'missing';
  }
  // SQLite takes an empty file for an empty database: nothing to check, and nothing to read.
  if (size === 0) {
    if (!create) throw new DatabaseOpenError(file, { reason: 'missing' });
    return 'empty';
  }
  const header = readHeader(file);
  if (header.length < 100 || header.toString('latin1', 0, 16) !== MAGIC)
    throw new DatabaseOpenError(file, { reason: 'notOutpost' });
  const unclean = existsSync(`${file}-wal`);
  // Without a log the header is the whole truth: a newer file is refused before SQLite opens it.
  if (!unclean) refuseNewer(file, header.readUInt32BE(60), knownVersion);

  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    refuseNewer(file, version, knownVersion);
    // Version 0 is a file no migration has run on: with tables in it, it is somebody else's.
    if (version === 0 && db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() !== 0)
      throw new DatabaseOpenError(file, { reason: 'notOutpost' });
    runCheck(file, db, unclean ? 'integrity_check' : 'quick_check');
    return 'existing';
  } catch (error) {
    if (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code))
      throw new DatabaseOpenError(file, {
        reason: 'damaged',
        check: 'read',
        findings: [error.message],
        more: false,
      });
    throw error;
  } finally {
    db.close();
  }
}
