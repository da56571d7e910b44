/**
 * The workspace of a CLI command. A file named with --db or OUTPOST_DB must already exist — a
 * typo must not quietly answer from a new, empty database — unless the command's job is to make
 * one (`demo`, a first `sync`); the app's own database is made when missing, as the app does.
 * An encrypted database is unlocked with OUTPOST_DB_PASSPHRASE or OUTPOST_RECOVERY_KEY, else a
 * passphrase typed at a prompt — never one given on the command line. With OUTPOST_DB_PASSPHRASE
 * set, a plain database (or a new one) is encrypted first and its recovery key shown once.
 */
import { existsSync } from 'node:fs';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import {
  isEncryptedDatabase,
  setUpEncryption,
  unlockDatabase,
  type DatabaseSecret,
} from '../../services/security/databaseUnlock';
import { openWorkspace, type Workspace } from '../../services/workspace';
import type { CliContext } from './cliCommand';
import { recoveryKeyText } from './recoveryKeyText';

/** The secret that unlocks the database: from the environment, else typed at a prompt. */
export async function cliSecret(ctx: CliContext): Promise<DatabaseSecret> {
  const recovery = ctx.env.OUTPOST_RECOVERY_KEY;
  if (recovery) return { recoveryKey: recovery };
  const passphrase = ctx.env.OUTPOST_DB_PASSPHRASE;
  if (passphrase) return { passphrase };
  const typed = await ctx.io.readSecret?.(
    ctx.lang === 'zh-CN'
      ? `${ctx.dbFile} 的密码（或 24 个恢复词）：`
      : `Passphrase for ${ctx.dbFile} (or its 24 recovery words): `,
  );
  if (!typed) throw new DatabaseOpenError(ctx.dbFile, { reason: 'locked' });
  return { passphrase: typed };
}

/** The key to open the command's database with, or null for a plain one. */
export async function cliDatabaseKey(ctx: CliContext, create: boolean): Promise<Buffer | null> {
  if (isEncryptedDatabase(ctx.dbFile)) return unlockDatabase(ctx.dbFile, await cliSecret(ctx));
  const passphrase = ctx.env.OUTPOST_DB_PASSPHRASE;
  if (!passphrase || (!create && !existsSync(ctx.dbFile))) return null;
  const { key, words } = await setUpEncryption(ctx.dbFile, passphrase);
  ctx.io.err(recoveryKeyText(ctx.dbFile, words, ctx.lang));
  return key;
}

export async function openCliWorkspace(
  ctx: CliContext,
  options: { creates?: boolean } = {},
): Promise<Workspace> {
  const create = ctx.defaultDb || options.creates === true;
  return openWorkspace(ctx.dbFile, { create, key: await cliDatabaseKey(ctx, create) });
}
