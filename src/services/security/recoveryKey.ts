/**
 * The recovery key: the database key itself, written as 24 English words (BIP-39: 256 bits and
 * an 8-bit checksum that catches a mistyped word). With it the database opens on any computer,
 * without the key file or the passphrase.
 */
import { entropyToMnemonic, mnemonicToEntropy, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { KEY_BYTES } from '../../db/databaseKey';
import { DatabaseOpenError } from '../../db/databaseOpenError';

export const RECOVERY_WORDS = 24;

export function keyToWords(key: Buffer): string[] {
  return entropyToMnemonic(new Uint8Array(key), wordlist).split(' ');
}

/** The words as a person copies them from paper: any case, any spacing, numbered or not. */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\d+[.):]?/g, ' ')
    .split(/[\s,;，；、]+/)
    .filter(Boolean);
}

/** Whether the text reads as recovery words rather than a passphrase. */
export function looksLikeRecoveryKey(text: string): boolean {
  const words = normaliseWords(text);
  return words.length === RECOVERY_WORDS && words.every((w) => wordlist.includes(w));
}

/** The key the words stand for; a word missing, unknown or mistyped is refused. */
export function wordsToKey(file: string, text: string): Buffer {
  const words = normaliseWords(text);
  const unknown = words.filter((w) => !wordlist.includes(w));
  if (words.length !== RECOVERY_WORDS || unknown.length > 0)
    throw new DatabaseOpenError(file, {
      reason: 'badRecoveryKey',
      words: words.length,
      unknown: unknown.slice(0, 3),
    });
  const mnemonic = words.join(' ');
  if (!validateMnemonic(mnemonic, wordlist))
    throw new DatabaseOpenError(file, {
      reason: 'badRecoveryKey',
      words: words.length,
      unknown: [],
    });
  const key = Buffer.from(mnemonicToEntropy(mnemonic, wordlist));
  if (key.length !== KEY_BYTES) throw new Error('recovery words of the wrong length');
  return key;
}
