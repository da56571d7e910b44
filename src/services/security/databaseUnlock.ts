/**
 * Setting up and unlocking an encrypted database (DESIGN.md §12): a random 256-bit key per
 * database, wrapped under the user's passphrase in the key file beside it, and the same key
 * written as 24 recovery words. Unlocking also finishes an encryption a crash interrupted.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { KEY_BYTES, looksEncrypted } from '../../db/databaseKey';
import { hasLiveOwner } from '../../db/databaseOwners';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import { encryptInPlace, needsEncrypting } from './encryptInPlace';
import { checkPassphrase, hasKeyFile, unwrapKey, writeKeyFile } from './keyFile';
import { keyToWords, looksLikeRecoveryKey, wordsToKey } from './recoveryKey';

export type DatabaseSecret = { passphrase: string } | { recoveryKey: string };

/** Whether the file (or its key file) says the database is encrypted. */
export function isEncryptedDatabase(file: string): boolean {
  if (hasKeyFile(file)) return true;
  return existsSync(file) && statSync(file).size > 0 && looksEncrypted(file);
}

/** The key a secret stands for: recovery words decode to it, a passphrase unwraps it. */
export async function keyFromSecret(file: string, secret: DatabaseSecret): Promise<Buffer> {
  if ('recoveryKey' in secret) return wordsToKey(file, secret.recoveryKey);
  // Someone who types the recovery words where the passphrase is asked means the words.
  if (looksLikeRecoveryKey(secret.passphrase)) return wordsToKey(file, secret.passphrase);
  return unwrapKey(file, secret.passphrase);
}

/** The key of an encrypted database; what a crash left plain of it is encrypted first. */
export async function unlockDatabase(file: string, secret: DatabaseSecret): Promise<Buffer> {
  const key = await keyFromSecret(file, secret);
  if (needsEncrypting(file)) encryptInPlace(file, key);
  return key;
}

/**
 * Encrypts a database with a new random key under the passphrase: a new file is encrypted from
 * its first page when it is created with the key, an existing plain one is encrypted in place
 * with its backups. Returns the key and its recovery words, to be shown once.
 */
export async function setUpEncryption(
  file: string,
  passphrase: string,
): Promise<{ key: Buffer; words: string[] }> {
  checkPassphrase(file, passphrase);
  if (isEncryptedDatabase(file)) throw new DatabaseOpenError(file, { reason: 'alreadyEncrypted' });
  // Nothing, not even the key file, while another Outpost has the plain file open.
  if (existsSync(file) && hasLiveOwner(file))
    throw new DatabaseOpenError(file, { reason: 'inUse' });
  const key = randomBytes(KEY_BYTES);
  // The key file first: an encrypted file must never exist without a way to its key.
  await writeKeyFile(file, key, passphrase);
  if (needsEncrypting(file)) encryptInPlace(file, key);
  return { key, words: keyToWords(key) };
}

/** Wraps the (unlocked) key under a new passphrase: after recovery, or to change it. */
export async function changePassphrase(
  file: string,
  key: Buffer,
  passphrase: string,
): Promise<void> {
  await writeKeyFile(file, key, passphrase);
}
