/**
 * Backup files (DESIGN.md §12): a whole, compact copy of the database made with `VACUUM INTO`
 * (a consistent snapshot; other connections keep writing meanwhile), encrypted like the database
 * or under a passphrase of its own, carrying what it is in a table of its own: format, schema
 * version, when and on which device it was made, and a checksum of its content.
 *
 * SQLite's backup API is not used: the encrypting build refuses to copy an encrypted database
 * into a destination it opens itself without the key, and `VACUUM INTO` writes the copy with the
 * source's key from its first page.
 */
import { createHash } from 'node:crypto';
import { renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { applyKey, isPlainDatabase, readFileStart } from './databaseKey';
import { DatabaseOpenError } from './databaseOpenError';
import { flushToDisk } from './fileFlush';

export const BACKUP_FORMAT = 'outpost-backup/1';
export const BACKUP_INFO_TABLE = 'outpost_backup';
const INFO_TABLE = BACKUP_INFO_TABLE;
/** PBKDF2-SHA256 rounds for a backup under its own passphrase (OWASP's figure for PBKDF2). */
const BACKUP_KDF_ITER = 600_000;

export interface BackupInfo {
  format: string;
  schemaVersion: number;
  createdAt: string;
  /** The node id of the replica it was made from. */
  device: string;
  /** The database file's name. */
  source: string;
  /** SHA-256 over every row of every table, in order. */
  checksum: string;
  /** How it is locked: with the database's key, a passphrase of its own, or not at all. */
  protection: BackupProtection['kind'];
}

export type BackupProtection =
  | { kind: 'databaseKey'; key: Buffer }
  | { kind: 'passphrase'; passphrase: string }
  | { kind: 'none' };

/** Keys a connection for a backup's protection. */
export function unlockBackupConnection(db: Database.Database, protection: BackupProtection): void {
  if (protection.kind === 'databaseKey') applyKey(db, protection.key);
  else if (protection.kind === 'passphrase') {
    db.pragma(`cipher = 'chacha20'`);
    db.pragma(`kdf_iter = ${BACKUP_KDF_ITER}`);
    db.pragma(
      `hexkey = '${Buffer.from(protection.passphrase.normalize('NFC'), 'utf8').toString('hex')}'`,
    );
    db.pragma('temp_store = MEMORY');
  }
}

function rekeyForPassphrase(db: Database.Database, passphrase: string): void {
  db.pragma(`cipher = 'chacha20'`);
  db.pragma(`kdf_iter = ${BACKUP_KDF_ITER}`);
  db.pragma(`hexrekey = '${Buffer.from(passphrase.normalize('NFC'), 'utf8').toString('hex')}'`);
}

/** SHA-256 over every row of every ordinary table but the backup's own, table by table. */
export function contentChecksum(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name <> '${INFO_TABLE}' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  for (const table of tables) {
    // Rows are hashed a batch at a time: one call into the hash per row costs more than the hash.
    let batch = `\u0000${table}\u0000`;
    const rows = db
      .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
      .raw()
      .iterate();
    for (const row of rows as IterableIterator<unknown[]>) {
      // A blob (none is stored today) serializes as its bytes too: JSON.stringify of a Buffer.
      batch += JSON.stringify(row);
      if (batch.length > 1 << 16) {
        hash.update(batch);
        batch = '';
      }
    }
    hash.update(batch);
  }
  return hash.digest('hex');
}

/**
 * Writes a backup of the open database to `target`: the copy is made beside it, described,
 * re-locked when it has a passphrase of its own, flushed, and only then renamed into place.
 */
export function writeBackupFile(
  source: Database.Database,
  sourceKey: Buffer | null,
  target: string,
  described: Omit<BackupInfo, 'checksum' | 'protection' | 'schemaVersion' | 'format'>,
  passphrase: string | null,
): BackupInfo {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    source.prepare('VACUUM INTO ?').run(partial);
    const copy = new Database(partial, { fileMustExist: true });
    let info: BackupInfo;
    try {
      if (sourceKey) applyKey(copy, sourceKey);
      info = {
        format: BACKUP_FORMAT,
        schemaVersion: copy.pragma('user_version', { simple: true }) as number,
        ...described,
        checksum: contentChecksum(copy),
        protection: passphrase ? 'passphrase' : sourceKey ? 'databaseKey' : 'none',
      };
      copy.exec(`CREATE TABLE ${INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      const put = copy.prepare(`INSERT INTO ${INFO_TABLE} (key, value) VALUES (?, ?)`);
      for (const [k, v] of Object.entries(info)) put.run(k, String(v));
      if (passphrase) rekeyForPassphrase(copy, passphrase);
    } finally {
      copy.close();
    }
    flushToDisk(partial);
    renameSync(partial, target);
    return info;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The page size an encrypted or plain SQLite file says it has (bytes 16–17, never encrypted). */
function pageSize(file: string): number {
  const head = readFileStart(file, 18);
  if (head.length < 18) return 0;
  const size = head.readUInt16BE(16);
  return size === 1 ? 65_536 : size;
}

/** Why a file cannot be a backup, before any key is tried: empty, truncated or not SQLite's. */
export function checkBackupShape(file: string): void {
  const size = statSync(file).size;
  const page = pageSize(file);
  const sane = page >= 512 && page <= 65_536 && (page & (page - 1)) === 0;
  if (size === 0 || !sane) throw new DatabaseOpenError(file, { reason: 'notBackup' });
  if (size % page !== 0) throw new DatabaseOpenError(file, { reason: 'truncatedBackup' });
}

/**
 * The first of `candidates` that unlocks the backup (reading its first page only); a plain
 * file needs none. Refuses what is not a backup's shape, or that nothing given unlocks.
 */
export function findProtection(file: string, candidates: BackupProtection[]): BackupProtection {
  checkBackupShape(file);
  if (isPlainDatabase(file)) return { kind: 'none' };
  for (const protection of candidates.filter((c) => c.kind !== 'none')) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      unlockBackupConnection(db, protection);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return protection;
    } catch (error) {
      if (!(error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB'))
        throw asDamaged(file, error);
    } finally {
      db.close();
    }
  }
  throw new DatabaseOpenError(file, {
    reason: candidates.some((c) => c.kind === 'passphrase')
      ? 'wrongBackupPassphrase'
      : 'backupLocked',
  });
}

/**
 * Opens a backup (at `path`; named `shownAs` in refusals) with its protection and checks it
 * whole: SQLite's check — every page is read, and the cipher authenticates every page it reads
 * — and its own content checksum. Returns it open with what it says it is; the caller closes.
 */
export function openBackupFile(
  path: string,
  protection: BackupProtection,
  options: { shownAs?: string; writable?: boolean } = {},
): { db: Database.Database; info: BackupInfo } {
  const shownAs = options.shownAs ?? path;
  const db = new Database(path, { readonly: options.writable !== true, fileMustExist: true });
  try {
    unlockBackupConnection(db, protection);
    return { db, info: describe(shownAs, db) };
  } catch (error) {
    db.close();
    throw asDamaged(shownAs, error);
  }
}

function damaged(file: string, finding: string): DatabaseOpenError {
  return new DatabaseOpenError(file, {
    reason: 'damaged',
    check: 'quick_check',
    findings: [finding],
    more: false,
  });
}

/** SQLite's own "corrupt" finding as a refusal that names the file. */
function asDamaged(file: string, error: unknown): unknown {
  if (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(error.code))
    return damaged(file, error.message);
  return error;
}

/** What the backup says it is, once it reads back whole. */
function describe(file: string, db: Database.Database): BackupInfo {
  const check = db.prepare('PRAGMA quick_check(1)').pluck().get();
  if (check !== 'ok') throw damaged(file, String(check));
  const hasInfo = db
    .prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '${INFO_TABLE}'`)
    .pluck()
    .get();
  if (!hasInfo) throw new DatabaseOpenError(file, { reason: 'notBackup' });
  const stored = new Map(
    (db.prepare(`SELECT key, value FROM ${INFO_TABLE}`).raw().all() as [string, string][]).map(
      ([k, v]) => [k, v],
    ),
  );
  if (stored.get('format') !== BACKUP_FORMAT)
    throw new DatabaseOpenError(file, { reason: 'notBackup' });
  const info: BackupInfo = {
    format: BACKUP_FORMAT,
    schemaVersion: Number(stored.get('schemaVersion')),
    createdAt: stored.get('createdAt') ?? '',
    device: stored.get('device') ?? '',
    source: stored.get('source') ?? '',
    checksum: stored.get('checksum') ?? '',
    protection: (stored.get('protection') ?? 'none') as BackupInfo['protection'],
  };
  if (contentChecksum(db) !== info.checksum)
    throw damaged(file, 'its content does not match the checksum it was written with');
  return info;
}

/** Drops what marks a file as a backup, once it is restored as a database. */
export function dropBackupInfo(db: Database.Database): void {
  db.exec(`DROP TABLE IF EXISTS ${INFO_TABLE}`);
}
