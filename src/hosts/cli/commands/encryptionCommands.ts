/**
 * `encrypt`, `recovery-key` and `passphrase`: encryption at rest from the command line. The
 * passphrase comes from OUTPOST_DB_PASSPHRASE or is typed at a prompt (twice when new), never
 * from an argument; a new passphrase for `passphrase` from OUTPOST_NEW_DB_PASSPHRASE likewise.
 */
import { existsSync } from 'node:fs';
import { DatabaseOpenError } from '../../../db/databaseOpenError';
import {
  changePassphrase,
  isEncryptedDatabase,
  setUpEncryption,
  unlockDatabase,
} from '../../../services/security/databaseUnlock';
import { keyToWords } from '../../../services/security/recoveryKey';
import type { CliCommand, CliContext } from '../cliCommand';
import { secretFor } from '../../common/hostDatabaseKey';
import { cliKeySources } from '../cliWorkspace';
import { newPassphrase } from '../newPassphrase';
import { recoveryKeyText } from '../../common/recoveryKeyText';

const LANG = { lang: { type: 'string' } } as const;

function mustExist(ctx: CliContext): void {
  if (!existsSync(ctx.dbFile)) throw new DatabaseOpenError(ctx.dbFile, { reason: 'missing' });
}

export const encryptCommand: CliCommand = {
  name: 'encrypt',
  summary: 'Encrypt the database with a passphrase and show its recovery key once',
  usage: 'encrypt [--lang en|zh-CN]',
  options: LANG,
  async run(ctx) {
    mustExist(ctx);
    if (isEncryptedDatabase(ctx.dbFile))
      throw new DatabaseOpenError(ctx.dbFile, { reason: 'alreadyEncrypted' });
    const passphrase = await newPassphrase(ctx, 'OUTPOST_DB_PASSPHRASE');
    const { words } = await setUpEncryption(ctx.dbFile, passphrase);
    ctx.io.out(recoveryKeyText(ctx.dbFile, words, ctx.lang));
    return 0;
  },
};

/** The key of the command's encrypted database, unlocked with the user's secret. */
async function unlockedKey(ctx: CliContext): Promise<Buffer> {
  mustExist(ctx);
  if (!isEncryptedDatabase(ctx.dbFile))
    throw new DatabaseOpenError(ctx.dbFile, { reason: 'notEncrypted' });
  return unlockDatabase(ctx.dbFile, await secretFor(ctx.dbFile, cliKeySources(ctx)));
}

export const recoveryKeyCommand: CliCommand = {
  name: 'recovery-key',
  summary: "Show an encrypted database's recovery key again (after its passphrase)",
  usage: 'recovery-key [--lang en|zh-CN]',
  options: LANG,
  async run(ctx) {
    const words = keyToWords(await unlockedKey(ctx));
    ctx.io.out(words.map((w, i) => `${String(i + 1).padStart(2)}. ${w}`).join('\n'));
    return 0;
  },
};

export const passphraseCommand: CliCommand = {
  name: 'passphrase',
  summary: 'Set a new passphrase (unlocked with the old one or the recovery key)',
  usage: 'passphrase [--lang en|zh-CN]',
  options: LANG,
  async run(ctx) {
    const key = await unlockedKey(ctx);
    await changePassphrase(ctx.dbFile, key, await newPassphrase(ctx, 'OUTPOST_NEW_DB_PASSPHRASE'));
    ctx.io.out(
      ctx.lang === 'zh-CN'
        ? `${ctx.dbFile} 的新密码已生效；恢复密钥不变。`
        : `${ctx.dbFile} now opens with the new passphrase; its recovery key is unchanged.`,
    );
    return 0;
  },
};
