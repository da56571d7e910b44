/**
 * The Backup page's reads and "back up now": the backups Outpost keeps of the database, and a
 * backup taken on request into the same folder — with the database's key, or with a passphrase
 * of its own for another computer.
 */
import { basename } from 'node:path';
import type { BackupEntryView, BackupMadeView } from '../../shared/api/securityViews';
import { ServiceError } from '../serviceError';
import { MIN_PASSPHRASE } from '../security/keyFile';
import type { Workspace } from '../workspace';
import { backUp } from './backupService';
import { askedBackupFile, listBackups } from './dailyBackup';

export function backupListView(dbFile: string): BackupEntryView[] {
  return listBackups(dbFile).map((b) => ({ ...b, name: basename(b.file) }));
}

export function backUpNow(ws: Workspace, passphrase: string | undefined): BackupMadeView {
  if (passphrase !== undefined && passphrase.length < MIN_PASSPHRASE)
    throw new ServiceError('invalid_input', `passphrase: at least ${MIN_PASSPHRASE} characters`, [
      { path: 'passphrase', code: 'passphraseShort', message: 'The passphrase is too short' },
    ]);
  const kind = passphrase === undefined ? 'manual' : 'portable';
  const file = askedBackupFile(ws.db.file, kind, new Date(ws.nowIso()));
  const info = backUp(ws, file, passphrase ?? null);
  const entry = backupListView(ws.db.file).find((b) => b.file === file);
  if (!entry) throw new Error(`The backup ${file} was written but is not in its folder`);
  return { ...entry, schemaVersion: info.schemaVersion, checksum: info.checksum };
}
