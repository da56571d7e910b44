/**
 * The workspace of a CLI command. A file named with --db or OUTPOST_DB must already exist — a
 * typo must not quietly answer from a new, empty database — unless the command's job is to make
 * one (`demo`, a first `sync`); the app's own database is made when missing, as the app does.
 * An encrypted database is unlocked with OUTPOST_DB_PASSPHRASE or OUTPOST_RECOVERY_KEY, else a
 * passphrase typed at a prompt — never one given on the command line. A new database is
 * encrypted from its first page (OUTPOST_DB_PASSPHRASE, or a passphrase typed twice), and with
 * OUTPOST_DB_PASSPHRASE set a plain one is encrypted first; the recovery key is shown once.
 */
import { hostDatabaseKey, type KeySources } from '../common/hostDatabaseKey';
import { openWorkspace, type Workspace } from '../../services/workspace';
import type { CliContext } from './cliCommand';
import { recoveryKeyText } from '../common/recoveryKeyText';
import { typedNewPassphrase } from './newPassphrase';

export function cliKeySources(ctx: CliContext): KeySources {
  return {
    env: ctx.env,
    lang: ctx.lang,
    ...(ctx.io.readSecret ? { ask: ctx.io.readSecret, askNew: () => typedNewPassphrase(ctx) } : {}),
    show: (file, words) => ctx.io.err(recoveryKeyText(file, words, ctx.lang)),
  };
}

/** The key to open the command's database with, or null for a plain one. */
export function cliDatabaseKey(ctx: CliContext, create: boolean): Promise<Buffer | null> {
  return hostDatabaseKey(ctx.dbFile, create, cliKeySources(ctx));
}

export async function openCliWorkspace(
  ctx: CliContext,
  options: { creates?: boolean } = {},
): Promise<Workspace> {
  const create = ctx.defaultDb || options.creates === true;
  return openWorkspace(ctx.dbFile, { create, key: await cliDatabaseKey(ctx, create) });
}
