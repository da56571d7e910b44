/**
 * Small JSON files Outpost keeps beside a database (`<db>-seal`, `<db>-owner`), as SQLite keeps
 * `-wal` and `-shm`. They only ever save work — a check that need not run — so one that is
 * missing, half-written or not in the expected shape reads as nothing, and one that cannot be
 * written is left out: the next open then simply runs the check.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { z } from 'zod';

/** The file's contents if it is there and has the schema's shape; otherwise null. */
export function readSideFile<T>(path: string, schema: z.ZodType<T>): T | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Removes the file; one that is not there, or cannot be removed, is left to the next check. */
export function removeSideFile(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Read-only folder: SQLite could not write the database there either.
  }
}

/**
 * Writes the whole file or nothing, by writing a file of its own and renaming it over the old:
 * a reader in another process sees the old contents or the new, never half of them.
 */
export function writeSideFile(path: string, value: unknown): boolean {
  const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(value), { flag: 'wx' });
    renameSync(temporary, path);
    return true;
  } catch {
    removeSideFile(temporary);
    return false;
  }
}
