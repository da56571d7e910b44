/**
 * The workspace of a CLI command. A file named with --db or OUTPOST_DB must already exist — a
 * typo must not quietly answer from a new, empty database — unless the command's job is to make
 * one (`demo`, a first `sync`); the app's own database is made when missing, as the app does.
 */
import { openWorkspace, type Workspace } from '../../services/workspace';
import type { CliContext } from './cliCommand';

export function openCliWorkspace(ctx: CliContext, options: { creates?: boolean } = {}): Workspace {
  return openWorkspace(ctx.dbFile, { create: ctx.defaultDb || options.creates === true });
}
