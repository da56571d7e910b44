/** English words of the encryption set-up, the unlock screen and the Backup page. */
export const enSecurity = {
  'security.setUp.title': 'Protect this laptop’s data',
  'security.setUp.intro':
    'Outpost keeps your whole book on this computer: customers, contract values, meeting notes. It encrypts all of it, so a lost or stolen laptop gives nothing away.',
  'security.because.notDesktop':
    'In the browser Outpost cannot reach your system’s keychain, so the key is protected by a passphrase you choose.',
  'security.because.basicText':
    'This system has no keyring that protects stored secrets (Electron would fall back to a password built into the browser engine), so the key is protected by a passphrase you choose instead.',
  'security.because.unavailable':
    'This system’s keychain cannot be used, so the key is protected by a passphrase you choose.',
  'security.because.os':
    'The key is kept in your system’s keychain: you will not be asked for a passphrase. Write down the recovery key: it is the only way back if the keychain is lost (a reinstalled system, another computer).',
  'security.passphrase': 'Passphrase',
  'security.passphraseHint':
    'At least 8 characters. A few unrelated words are easy to remember and hard to guess.',
  'security.passphraseAgain': 'Passphrase again',
  'security.passphraseMismatch': 'The two passphrases are not the same',
  'security.passphraseShort': 'The passphrase needs at least 8 characters',
  'security.setUp.button': 'Encrypt and continue',
  'security.setUp.os': 'Encrypt with the system keychain',
  'security.recovery.title': 'Your recovery key',
  'security.recovery.intro':
    'These 24 words open this database on another computer, or if you forget the passphrase. Write them down, or print this page, and keep it somewhere safe — away from the laptop. Outpost shows them now, and later only after you enter your passphrase.',
  'security.recovery.for': 'Database: {file}',
  'security.recovery.print': 'Print',
  'security.recovery.written': 'I have written down or printed my recovery key',
  'security.recovery.continue': 'Continue to Outpost',
  'security.unlock.title': 'Outpost is locked',
  'security.unlock.intro': 'Enter your passphrase, or the 24 words of your recovery key.',
  'security.unlock.secret': 'Passphrase or recovery key',
  'security.unlock.button': 'Unlock',
  'security.unlock.failed': 'Not unlocked',
  'security.lock': 'Lock',
  'security.lockHint': 'Lock Outpost: your passphrase opens it again',
  'security.locked': 'The database is locked.',
  'nav.backup': 'Backup & security',
  'backup.title': 'Backup & security',
  'backup.intro':
    'Outpost backs the database up every day while it runs (the last 7 days and 4 weeks are kept) and before every upgrade. Every backup is encrypted.',
  'backup.now.title': 'Back up now',
  'backup.now.explain':
    'A whole copy of the database, encrypted with its key, in the backups folder.',
  'backup.now.button': 'Back up now',
  'backup.done': 'Backed up to {file}',
  'backup.portable.title': 'Backup for another computer',
  'backup.portable.explain':
    'Encrypted with a passphrase of its own, so it opens on a new laptop. Copy the file from the backups folder; restore it there with this passphrase.',
  'backup.portable.button': 'Make the backup',
  'backup.list.title': 'Backups',
  'backup.list.empty': 'No backups yet: the first daily one is taken two minutes after the start.',
  'backup.list.when': 'When',
  'backup.list.kind': 'Kind',
  'backup.list.size': 'Size',
  'backup.list.file': 'File',
  'backup.kind.daily': 'Daily',
  'backup.kind.manual': 'Manual',
  'backup.kind.portable': 'For another computer',
  'backup.kind.beforeMigration': 'Before an upgrade',
  'backup.kind.beforeRestore': 'Before a restore',
  'backup.restore': 'Restore',
  'backup.restore.title': 'Restore this backup?',
  'backup.restore.confirm':
    'The database is replaced by the backup made {when}. The current one is kept as a safety copy. Changes you made since that were already synced come back from the team server at the next sync.',
  'backup.restore.secret':
    'The backup’s passphrase, or its database’s recovery key (if it was made elsewhere)',
  'backup.restored': 'Restored the backup made {when} on device {device}.',
  'backup.safetyCopy': 'The database it replaced is kept as {file}.',
  'backup.failed': 'Not done',
  'backup.fromFile.title': 'Restore from a file',
  'backup.fromFile.explain':
    'A backup from this or another computer (moving to a new laptop). A backup made for another computer needs its passphrase.',
  'backup.fromFile.file': 'Backup file',
  'backup.fromFile.placeholder': 'Choose a .bak file…',
  'backup.fromFile.button': 'Restore from this file',
  'backup.fromFile.sending': 'Reading the file: {percent}',
  'backup.recovery.title': 'Recovery key',
  'backup.recovery.explain': 'Show the 24 words again, to write them down or print them.',
  'backup.recovery.osExplain':
    'The key is in your system’s keychain. Show the 24 words to write them down or print them.',
  'backup.recovery.button': 'Show the recovery key',
  'backup.recovery.hide': 'Hide',
  'backup.passphrase.title': 'Change the passphrase',
  'backup.passphrase.current': 'Current passphrase (or recovery key)',
  'backup.passphrase.new': 'New passphrase',
  'backup.passphrase.button': 'Change the passphrase',
  'backup.passphrase.changed': 'The passphrase is changed.',
} as const;
