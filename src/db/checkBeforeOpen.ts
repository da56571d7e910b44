/**
 * What opening a database file checks before anything may write to it (DESIGN.md §12): that it
 * is there (unless this open may create it), that it is an SQLite file of a schema version this
 * Outpost knows, and that it is sound. Soundness costs seconds on a large file, so it is checked
 * only when something could have happened to the file since Outpost last checked it:
 * - another Outpost process that is still running has it open (databaseOwners): it checked the
 *   file at its own open, and SQLite's locking keeps the two safe together — no check;
 * - otherwise a write-ahead log with content was left behind: an unclean shutdown (a crash, a
 *   kill) — the full `integrity_check`;
 * - otherwise the file still looks exactly as when Outpost last closed it (databaseSeal) — no
 *   check; anything else, `quick_check`.
 * Every check only reads; a refused file keeps every byte.
 */
import { existsSync, statSync, type BigIntStats } from 'node:fs';
import Database from 'better-sqlite3';
import type { IntegrityCheck } from '../shared/messages/databaseOpenText';
import { hasLiveOwner } from './databaseOwners';
import { applyKey, keyFileOf, looksEncrypted, readFileStart } from './databaseKey';
import { DatabaseOpenError } from './databaseOpenError';
import { fileIdentity, sealMatches } from './databaseSeal';
import { refuseNewer } from './migrations';

const MAGIC = 'SQLite format 3\0';
/** SQLite stops counting problems here; a refusal says "N or more". */
const MAX_FINDINGS = 100;

/** What the open will find: no file (to be created), an empty one, or a database to use. */
export type FileState = 'missing' | 'empty' | 'existing';

/** The check the open ran on the file, or why it needed none. */
export type OpenCheck = IntegrityCheck | 'sealed' | 'liveOwner' | 'new';

export interface FileCheck {
  state: FileState;
  check: OpenCheck;
}

/** A log with frames in it; SQLite also leaves an empty one behind after a read-only look. */
function logLeftBehind(file: string): boolean {
  try {
    return statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

function checkToRun(file: string, stat: BigIntStats): OpenCheck {
  if (hasLiveOwner(file)) return 'liveOwner';
  if (logLeftBehind(file)) return 'integrity_check';
  return sealMatches(file, fileIdentity(stat)) ? 'sealed' : 'quick_check';
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
export function checkBeforeOpen(
  file: string,
  knownVersion: number,
  create: boolean,
  /** The key of an encrypted file (null: a plain one). */
  key: Buffer | null = null,
): FileCheck {
  let stat: BigIntStats;
  try {
    stat = statSync(file, { bigint: true });
    if (!stat.isFile()) throw new DatabaseOpenError(file, { reason: 'notOutpost' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    if (!create) throw new DatabaseOpenError(file, { reason: 'missing' });
    return { state: 'missing', check: 'new' };
  }
  // SQLite takes an empty file for an empty database: nothing to check, and nothing to read.
  if (stat.size === 0n) {
    if (!create) throw new DatabaseOpenError(file, { reason: 'missing' });
    return { state: 'empty', check: 'new' };
  }
  const header = readFileStart(file, 100);
  const plain = header.length >= 100 && header.toString('latin1', 0, 16) === MAGIC;
  if (key !== null && plain) throw new DatabaseOpenError(file, { reason: 'notEncrypted' });
  if (key === null && !plain)
    throw new DatabaseOpenError(file, {
      reason: existsSync(keyFileOf(file)) || looksEncrypted(file) ? 'locked' : 'notOutpost',
    });
  const check = checkToRun(file, stat);
  // Without a log the header is the whole truth: a newer file is refused before SQLite opens it
  // (an encrypted header is read once keyed, below).
  if (plain && !logLeftBehind(file)) refuseNewer(file, header.readUInt32BE(60), knownVersion);

  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (key !== null) applyKey(db, key);
    const version = db.pragma('user_version', { simple: true }) as number;
    refuseNewer(file, version, knownVersion);
    // Version 0 is a file no migration has run on: with tables in it, it is somebody else's.
    if (version === 0 && db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() !== 0)
      throw new DatabaseOpenError(file, { reason: 'notOutpost' });
    if (check === 'quick_check' || check === 'integrity_check') runCheck(file, db, check);
    return { state: 'existing', check };
  } catch (error) {
    // An encrypted file that the key does not open reads as "not a database" at its first page.
    if (key !== null && error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB')
      throw new DatabaseOpenError(file, { reason: 'wrongKey' });
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
