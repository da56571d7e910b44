/**
 * The desktop app's database key in the OS keystore: wrapped with Electron's safeStorage (its
 * async API) into `outpost.db.keystore` beside the database. Where safeStorage protects nothing —
 * Linux without a keyring falls back to `basic_text`, a password built into Chromium — or is not
 * available at all, the app does not pretend: it asks for a passphrase and says why.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { SafeStorage } from 'electron';
import { writeSecretFile } from '../../src/db/fileFlush';

export type KeystoreChoice =
  | { keystore: 'os'; passphraseBecause: null }
  | { keystore: 'passphrase'; passphraseBecause: 'basicText' | 'unavailable' };

type Storage = Pick<
  SafeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
  | 'getSelectedStorageBackend'
>;

export function keystoreFileOf(dbFile: string): string {
  return `${dbFile}.keystore`;
}

/** Whether this machine's keystore protects a key for real. */
export async function chooseKeystore(
  storage: Storage,
  platform: NodeJS.Platform,
): Promise<KeystoreChoice> {
  if (!(await storage.isAsyncEncryptionAvailable()))
    return { keystore: 'passphrase', passphraseBecause: 'unavailable' };
  if (platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text')
    return { keystore: 'passphrase', passphraseBecause: 'basicText' };
  return { keystore: 'os', passphraseBecause: null };
}

/** Wraps the key and writes it whole beside the database (a temp file flushed, then renamed). */
export async function wrapKeyInKeystore(
  storage: Storage,
  dbFile: string,
  key: Buffer,
): Promise<void> {
  const wrapped = await storage.encryptStringAsync(key.toString('base64'));
  writeSecretFile(keystoreFileOf(dbFile), wrapped);
}

/**
 * The key from the keystore file, or null when there is none or the keystore no longer opens it
 * (a reinstalled Windows loses its DPAPI keys): then the app asks for the passphrase or the
 * recovery words. A key the keystore wants re-encrypted (a rotated OS key) is written again.
 */
export async function unwrapKeyFromKeystore(
  storage: Storage,
  dbFile: string,
): Promise<Buffer | null> {
  const file = keystoreFileOf(dbFile);
  if (!existsSync(file)) return null;
  try {
    const { result, shouldReEncrypt } = await storage.decryptStringAsync(readFileSync(file));
    const key = Buffer.from(result, 'base64');
    if (key.length !== 32) return null;
    if (shouldReEncrypt) await wrapKeyInKeystore(storage, dbFile, key);
    return key;
  } catch {
    return null;
  }
}
