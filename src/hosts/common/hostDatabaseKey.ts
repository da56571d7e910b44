/**
 * The key a host outside the desktop app opens its database with: an encrypted one is unlocked
 * with OUTPOST_DB_PASSPHRASE or OUTPOST_RECOVERY_KEY, else a passphrase typed on the terminal;
 * with OUTPOST_DB_PASSPHRASE set, a plain (or new) database is encrypted first and its recovery
 * key handed to `show` once. Null: a plain database, opened as it is.
 */
import { existsSync } from 'node:fs';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import type { Lang } from '../../shared/format/formatters';
import {
  isEncryptedDatabase,
  setUpEncryption,
  unlockDatabase,
  type DatabaseSecret,
} from '../../services/security/databaseUnlock';

export interface KeySources {
  env: NodeJS.ProcessEnv;
  lang: Lang;
  /** Asks on the terminal without echo; '' when there is none. */
  ask?: (prompt: string) => Promise<string>;
  /** A new passphrase typed twice on the terminal; '' when there is none. */
  askNew?: () => Promise<string>;
  /** Shows the recovery words of a database just encrypted. */
  show: (file: string, words: string[]) => void;
}

export async function secretFor(file: string, from: KeySources): Promise<DatabaseSecret> {
  const recovery = from.env.OUTPOST_RECOVERY_KEY;
  if (recovery) return { recoveryKey: recovery };
  const passphrase = from.env.OUTPOST_DB_PASSPHRASE;
  if (passphrase) return { passphrase };
  const typed = await from.ask?.(
    from.lang === 'zh-CN'
      ? `${file} 的密码（或 24 个恢复词）：`
      : `Passphrase for ${file} (or its 24 recovery words): `,
  );
  if (!typed) throw new DatabaseOpenError(file, { reason: 'locked' });
  return { passphrase: typed };
}

/**
 * `create`: the host may make the file when it is missing — encrypted from its first page, with
 * OUTPOST_DB_PASSPHRASE or a new passphrase typed twice on the terminal. With neither, a new
 * database is refused, unless OUTPOST_PLAIN_DATABASE=1 asks for a plain throwaway one (tests).
 */
export async function hostDatabaseKey(
  file: string,
  create: boolean,
  from: KeySources,
): Promise<Buffer | null> {
  if (isEncryptedDatabase(file)) return unlockDatabase(file, await secretFor(file, from));
  const missing = !existsSync(file);
  let passphrase = from.env.OUTPOST_DB_PASSPHRASE;
  if (!passphrase && create && missing && from.env.OUTPOST_PLAIN_DATABASE !== '1') {
    passphrase = await from.askNew?.();
    if (!passphrase) throw new DatabaseOpenError(file, { reason: 'needsPassphrase' });
  }
  if (!passphrase) return null;
  if (!create && missing) return null;
  const { key, words } = await setUpEncryption(file, passphrase);
  from.show(file, words);
  return key;
}
