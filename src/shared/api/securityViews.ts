/** What the security gate and the Backup page show: the state of the database's lock, and backups. */

/** `setUp`: not encrypted yet (the app asks for a passphrase first); `locked`: encrypted, no key. */
export type SecurityState = 'setUp' | 'locked' | 'open';

/**
 * Where the key is kept: the OS keystore (Electron's safeStorage where it is real) or under the
 * user's passphrase. `plainBecause` says why a desktop asks for a passphrase (no real keystore).
 */
export interface SecurityStatusView {
  state: SecurityState;
  keystore: 'os' | 'passphrase';
  /** Why the OS keystore is not used, when it is not: 'basicText' (Linux without a keyring), 'unavailable', 'notDesktop'. */
  passphraseBecause: 'basicText' | 'unavailable' | 'notDesktop' | null;
  dbFile: string;
  /** The database can be locked from the app (a passphrase brings it back). */
  canLock: boolean;
}

export interface RecoveryKeyView {
  /** The 24 words, in order, to be written down. */
  words: string[];
}

export type BackupKindView = 'daily' | 'manual' | 'portable' | 'beforeMigration' | 'beforeRestore';

export interface BackupEntryView {
  /** The file's full path (the user copies a portable backup from there). */
  file: string;
  name: string;
  kind: BackupKindView;
  at: string;
  bytes: number;
}

export interface BackupMadeView extends BackupEntryView {
  schemaVersion: number;
  checksum: string;
}

export interface RestoredView {
  restoredFrom: string;
  createdAt: string;
  device: string;
  schemaVersion: number;
  /** Where the database it replaced was kept. */
  safetyCopy: string | null;
}
