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

/** The first `bytes` bytes of the file (SQLite's header is 100), or as many as it has. */
export function readFileStart(file: string, bytes: number): Buffer {
  const start = Buffer.alloc(bytes);
  const fd = openSync(file, 'r');
  try {
    return start.subarray(0, readSync(fd, start, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** Whether the file begins as a plain SQLite database does (an encrypted one never does). */
export function isPlainDatabase(file: string): boolean {
  return readFileStart(file, 24).toString('latin1', 0, 16) === MAGIC;
}

/**
 * Whether the file looks like an encrypted SQLite database: no plain header, but bytes 16–23
 * (which the cipher leaves readable) are SQLite's: a page size that is a power of two, file
 * format 1 or 2, and the fixed payload fractions 64, 32, 32.
 */
export function looksEncrypted(file: string): boolean {
  const head = readFileStart(file, 24);
  if (head.length < 24 || head.toString('latin1', 0, 16) === MAGIC) return false;
  const page = head.readUInt16BE(16);
  const pageOk = page === 1 || (page >= 512 && (page & (page - 1)) === 0);
  const formats = [head[18], head[19]].every((v) => v === 1 || v === 2);
  return pageOk && formats && head[21] === 64 && head[22] === 32 && head[23] === 32;
}

/** Where the wrapped key of a database is kept: beside it. */
export function keyFileOf(file: string): string {
  return `${file}.key`;
}
