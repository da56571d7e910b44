/**
 * Automatic backups (DESIGN.md §12): one a day while the app runs, in a folder beside the
 * database (`FILE.backups/`), encrypted with the database's key, rotated to the 7 newest days and
 * the newest of the 4 newest weeks. Listing them gives their dates and sizes for the Backup page
 * and `backup list`, with the backups taken before migrations and the safety copies of restores.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { backupsToKeep } from '../../core/backup/backupRotation';
import type { Workspace } from '../workspace';
import { backUp } from './backupService';

export type BackupKind = 'daily' | 'manual' | 'portable' | 'beforeMigration' | 'beforeRestore';

export interface BackupEntry {
  file: string;
  kind: BackupKind;
  /** When it was written (the file's modification time), ISO. */
  at: string;
  bytes: number;
}

export function backupFolder(dbFile: string): string {
  return `${dbFile}.backups`;
}

const DAILY = /^(.+)-(\d{4}-\d{2}-\d{2})\.bak$/;
/** Backups the user asked for: with the database's key (manual) or a passphrase (portable). */
const ASKED = /^(.+)-(manual|portable)-[0-9TZ-]+\.bak$/;

/** The daily backups in the folder, by day. */
function dailies(dbFile: string): Map<string, string> {
  const folder = backupFolder(dbFile);
  const found = new Map<string, string>();
  for (const name of safeReaddir(folder)) {
    const match = DAILY.exec(name);
    if (match && match[1] === basename(dbFile)) found.set(match[2]!, join(folder, name));
  }
  return found;
}

/** Where today's backup goes, or null when it was taken already. */
export function dailyBackupTarget(dbFile: string, today: string): string | null {
  if (dailies(dbFile).has(today)) return null;
  mkdirSync(backupFolder(dbFile), { recursive: true, mode: 0o700 });
  return join(backupFolder(dbFile), `${basename(dbFile)}-${today}.bak`);
}

/** Removes the daily backups the rotation no longer keeps (7 days, 4 weeks). */
export function rotateDailyBackups(dbFile: string): string[] {
  const existing = dailies(dbFile);
  const keep = backupsToKeep([...existing.keys()]);
  const removed: string[] = [];
  for (const [day, file] of existing)
    if (!keep.has(day)) {
      rmSync(file, { force: true });
      removed.push(file);
    }
  return removed;
}

/** Takes today's backup unless it exists (on the workspace's connection), then rotates. */
export function dailyBackup(ws: Workspace): { made: string | null; removed: string[] } {
  const made = dailyBackupTarget(ws.db.file, ws.today());
  if (made) backUp(ws, made);
  return { made, removed: rotateDailyBackups(ws.db.file) };
}

/** Where the user asked for a backup now: in the backups folder, named by kind and time. */
export function askedBackupFile(dbFile: string, kind: 'manual' | 'portable', at: Date): string {
  mkdirSync(backupFolder(dbFile), { recursive: true, mode: 0o700 });
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return join(backupFolder(dbFile), `${basename(dbFile)}-${kind}-${stamp}.bak`);
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Every backup Outpost keeps of the database, newest first. */
export function listBackups(dbFile: string): BackupEntry[] {
  const entries: BackupEntry[] = [];
  const add = (file: string, kind: BackupKind) => {
    const stat = statSync(file);
    entries.push({ file, kind, at: stat.mtime.toISOString(), bytes: stat.size });
  };
  for (const file of dailies(dbFile).values()) add(file, 'daily');
  for (const name of safeReaddir(backupFolder(dbFile))) {
    const match = ASKED.exec(name);
    if (match && match[1] === basename(dbFile))
      add(join(backupFolder(dbFile), name), match[2] as 'manual' | 'portable');
  }
  const dir = dirname(dbFile);
  for (const name of safeReaddir(dir)) {
    if (!name.startsWith(`${basename(dbFile)}.before-`) || !name.endsWith('.bak')) continue;
    add(join(dir, name), name.includes('.before-restore-') ? 'beforeRestore' : 'beforeMigration');
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}
