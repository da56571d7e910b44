/**
 * The key file beside an encrypted database: its 256-bit key wrapped (AES-256-GCM) under a key
 * stretched from the user's passphrase with scrypt. The file holds nothing readable without the
 * passphrase; it is written whole or not at all, readable by its owner only.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeSecretFile } from '../../db/fileFlush';
import { promisify } from 'node:util';
import { z } from 'zod';
import { KEY_BYTES, keyFileOf } from '../../db/databaseKey';
import { DatabaseOpenError } from '../../db/databaseOpenError';

const FORMAT = 'outpost-key/1';
/** Binds the wrapped bytes to their purpose: they cannot be passed off as anything else. */
const AAD = Buffer.from('outpost database key');
/** scrypt at 128 MiB: about half a second here, the cost OWASP suggests for a stored secret. */
const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
export const MIN_PASSPHRASE = 8;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const passphraseWrap = z.object({
  by: z.literal('passphrase'),
  kdf: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 14)
    .max(2 ** 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: b64,
  iv: b64,
  tag: b64,
  data: b64,
});
const keyFileSchema = z.object({
  format: z.literal(FORMAT),
  wraps: z.array(passphraseWrap).min(1),
});
type PassphraseWrap = z.infer<typeof passphraseWrap>;

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

function stretch(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }) {
  return scryptAsync(passphrase.normalize('NFC'), salt, 32, {
    ...cost,
    maxmem: 256 * cost.N * cost.r + 16 * 1024 * 1024,
  });
}

export function hasKeyFile(dbFile: string): boolean {
  return existsSync(keyFileOf(dbFile));
}

/** A passphrase too short to protect anything is refused before any work. */
export function checkPassphrase(dbFile: string, passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE)
    throw new DatabaseOpenError(dbFile, { reason: 'shortPassphrase', min: MIN_PASSPHRASE });
}

async function wrap(key: Buffer, passphrase: string): Promise<PassphraseWrap> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await stretch(passphrase, salt, SCRYPT);
  const cipher = createCipheriv('aes-256-gcm', kek, iv).setAAD(AAD);
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    by: 'passphrase',
    kdf: 'scrypt',
    ...SCRYPT,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** Writes (or replaces) the key file: a temp file made whole and flushed, then renamed. */
export async function writeKeyFile(dbFile: string, key: Buffer, passphrase: string): Promise<void> {
  checkPassphrase(dbFile, passphrase);
  const text = JSON.stringify({ format: FORMAT, wraps: [await wrap(key, passphrase)] }, null, 2);
  writeSecretFile(keyFileOf(dbFile), text);
}

function readKeyFile(dbFile: string) {
  let parsed;
  try {
    parsed = keyFileSchema.safeParse(JSON.parse(readFileSync(keyFileOf(dbFile), 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new DatabaseOpenError(dbFile, { reason: 'noKeyFile' });
    parsed = null;
  }
  if (!parsed?.success) throw new DatabaseOpenError(dbFile, { reason: 'badKeyFile' });
  return parsed.data;
}

/** The database key, unwrapped with the passphrase; a wrong one changes nothing and may retry. */
export async function unwrapKey(dbFile: string, passphrase: string): Promise<Buffer> {
  const file = readKeyFile(dbFile);
  for (const w of file.wraps) {
    const kek = await stretch(passphrase, Buffer.from(w.salt, 'base64'), w);
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'));
    decipher.setAAD(AAD).setAuthTag(Buffer.from(w.tag, 'base64'));
    try {
      const key = Buffer.concat([decipher.update(Buffer.from(w.data, 'base64')), decipher.final()]);
      if (key.length === KEY_BYTES) return key;
    } catch {
      // The tag does not match: not this passphrase.
    }
  }
  throw new DatabaseOpenError(dbFile, { reason: 'wrongPassphrase' });
}
