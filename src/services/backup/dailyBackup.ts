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

export type BackupKind = 'daily' | 'beforeMigration' | 'beforeRestore';

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

/** The daily backups in the folder, by day. */
function dailies(dbFile: string): Map<string, string> {
  const folder = backupFolder(dbFile);
  const found = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return found;
  }
  for (const name of names) {
    const match = DAILY.exec(name);
    if (match && match[1] === basename(dbFile)) found.set(match[2]!, join(folder, name));
  }
  return found;
}

/** Takes today's backup unless it exists, then removes what the rotation no longer keeps. */
export function dailyBackup(ws: Workspace): { made: string | null; removed: string[] } {
  const dbFile = ws.db.file;
  const today = ws.today();
  let made: string | null = null;
  const existing = dailies(dbFile);
  if (!existing.has(today)) {
    mkdirSync(backupFolder(dbFile), { recursive: true, mode: 0o700 });
    made = join(backupFolder(dbFile), `${basename(dbFile)}-${today}.bak`);
    backUp(ws, made);
    existing.set(today, made);
  }
  const keep = backupsToKeep([...existing.keys()]);
  const removed: string[] = [];
  for (const [day, file] of existing)
    if (!keep.has(day)) {
      rmSync(file, { force: true });
      removed.push(file);
    }
  return { made, removed };
}

/** Every backup Outpost keeps of the database, newest first. */
export function listBackups(dbFile: string): BackupEntry[] {
  const entries: BackupEntry[] = [];
  const add = (file: string, kind: BackupKind) => {
    const stat = statSync(file);
    entries.push({ file, kind, at: stat.mtime.toISOString(), bytes: stat.size });
  };
  for (const file of dailies(dbFile).values()) add(file, 'daily');
  const dir = dirname(dbFile);
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`${basename(dbFile)}.before-`) || !name.endsWith('.bak')) continue;
    add(join(dir, name), name.includes('.before-restore-') ? 'beforeRestore' : 'beforeMigration');
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}
