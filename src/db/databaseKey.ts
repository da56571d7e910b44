/**
 * The encryption of a database file at rest (DESIGN.md §12): SQLite3 Multiple Ciphers behind
 * better-sqlite3, ChaCha20-Poly1305 over every page of the file, its write-ahead log and every
 * copy SQLite makes of it. The key is 256 random bits given raw (no key derivation at each open:
 * the passphrase is stretched once, where the key is unwrapped).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type Database from 'better-sqlite3';

export const KEY_BYTES = 32;
const MAGIC = 'SQLite format 3\0';

export function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new Error(`a database key is ${KEY_BYTES} bytes`);
}

/** The pragma value that keys a connection with raw key bytes. */
function rawKey(key: Buffer): string {
  assertKey(key);
  return `"x'${key.toString('hex')}'"`;
}

/**
 * Keys a connection before anything is read: a new file is encrypted from its first page, an
 * existing one is read with the key (a wrong key shows as SQLITE_NOTADB at the first read).
 */
export function applyKey(sqlite: Database.Database, key: Buffer): void {
  sqlite.pragma(`cipher = 'chacha20'`);
  sqlite.pragma(`key = ${rawKey(key)}`);
  // Temporary tables and sorts stay in memory: SQLite's temp files are not encrypted.
  sqlite.pragma('temp_store = MEMORY');
}

/** Encrypts the connection's file (plain, or keyed with another key) with `key`, in place. */
export function changeKey(sqlite: Database.Database, key: Buffer): void {
  sqlite.pragma(`cipher = 'chacha20'`);
  sqlite.pragma(`rekey = ${rawKey(key)}`);
}

/** The first 16 bytes of the file, or as many as it has. */
function fileStart(file: string): string {
  const start = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    return start.toString('latin1', 0, readSync(fd, start, 0, 16, 0));
  } finally {
    closeSync(fd);
  }
}

/** Whether the file begins as a plain SQLite database does (an encrypted one never does). */
export function isPlainDatabase(file: string): boolean {
  return fileStart(file) === MAGIC;
}

/** Where the wrapped key of a database is kept: beside it. */
export function keyFileOf(file: string): string {
  return `${file}.key`;
}
