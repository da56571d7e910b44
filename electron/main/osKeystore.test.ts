/**
 * The desktop's key in the OS keystore, with Electron's safeStorage stood in for (no Electron
 * binary here): a keystore that protects nothing is refused, the key round-trips through the file
 * beside the database, a rotated OS key re-wraps it, and a keystore that lost its key gives null
 * (the app then asks for the recovery words) rather than a wrong key.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { chooseKeystore, keystoreFileOf, unwrapKeyFromKeystore, wrapKeyInKeystore } =
  await import('./osKeystore');

const dir = mkdtempSync(join(tmpdir(), 'outpost-keystore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in keystore: AES-GCM under a key of its own, as DPAPI or the Keychain would hold. */
function fakeStorage(options: { available?: boolean; backend?: string; rotate?: boolean } = {}) {
  let osKey = randomBytes(32);
  return {
    isAsyncEncryptionAvailable: () => Promise.resolve(options.available ?? true),
    getSelectedStorageBackend: () => (options.backend ?? 'gnome_libsecret') as 'basic_text',
    encryptStringAsync: (text: string) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', osKey, iv);
      const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Promise.resolve(Buffer.concat([iv, cipher.getAuthTag(), data]));
    },
    decryptStringAsync: (wrapped: Buffer) => {
      const decipher = createDecipheriv('aes-256-gcm', osKey, wrapped.subarray(0, 12));
      decipher.setAuthTag(wrapped.subarray(12, 28));
      const result = Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]);
      return Promise.resolve({
        result: result.toString('utf8'),
        shouldReEncrypt: !!options.rotate,
      });
    },
    /** The OS lost its key (a reinstalled Windows). */
    forget: () => {
      osKey = randomBytes(32);
    },
  };
}

describe('the OS keystore', () => {
  it('is used only where it protects the key', async () => {
    expect(await chooseKeystore(fakeStorage(), 'darwin')).toEqual({
      keystore: 'os',
      passphraseBecause: null,
    });
    expect(await chooseKeystore(fakeStorage({ backend: 'basic_text' }), 'linux')).toEqual({
      keystore: 'passphrase',
      passphraseBecause: 'basicText',
    });
    expect(await chooseKeystore(fakeStorage({ backend: 'kwallet5' }), 'linux')).toEqual({
      keystore: 'os',
      passphraseBecause: null,
    });
    expect(await chooseKeystore(fakeStorage({ available: false }), 'win32')).toEqual({
      keystore: 'passphrase',
      passphraseBecause: 'unavailable',
    });
  });

  it('wraps the key beside the database and unwraps it; a lost keystore gives null', async () => {
    const storage = fakeStorage();
    const dbFile = join(dir, 'outpost.db');
    const key = randomBytes(32);
    expect(await unwrapKeyFromKeystore(storage, dbFile)).toBeNull();
    await wrapKeyInKeystore(storage, dbFile, key);
    const file = keystoreFileOf(dbFile);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // Neither the key nor its base64 is in the file.
    const bytes = readFileSync(file);
    expect(bytes.includes(key)).toBe(false);
    expect(bytes.includes(Buffer.from(key.toString('base64')))).toBe(false);
    expect((await unwrapKeyFromKeystore(storage, dbFile))?.equals(key)).toBe(true);
    storage.forget();
    expect(await unwrapKeyFromKeystore(storage, dbFile)).toBeNull();
    writeFileSync(file, 'garbage');
    expect(await unwrapKeyFromKeystore(storage, dbFile)).toBeNull();
  });

  it('re-wraps a key the keystore asks to re-encrypt', async () => {
    const storage = fakeStorage({ rotate: true });
    const dbFile = join(dir, 'rotated.db');
    const key = randomBytes(32);
    await wrapKeyInKeystore(storage, dbFile, key);
    const before = readFileSync(keystoreFileOf(dbFile));
    expect((await unwrapKeyFromKeystore(storage, dbFile))?.equals(key)).toBe(true);
    expect(readFileSync(keystoreFileOf(dbFile)).equals(before)).toBe(false);
  });
});
