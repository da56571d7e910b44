/**
 * `sync`: one full sync round with the team server, then what it pushed and pulled — and, in the
 * chosen language, a clock too far ahead or a new device id when this database turned out to be a
 * copy. `sync reset`: forget where this device stands with the server (another user signs in
 * here), keeping every unsynced change. The device token never needs to be on the command line,
 * where every user of the machine can read it (DESIGN.md §12): it comes from standard input,
 * $OUTPOST_SYNC_TOKEN, or the sync settings saved in the database by the app. `--token` still
 * works, with a warning.
 */
import { existsSync } from 'node:fs';
import { readSyncSettings } from '../../../db/sync/syncSettings';
import { durationText } from '../../../shared/format/durationText';
import { SYNC_FAILURE_FRAME, syncFailureText } from '../../../shared/sync/syncFailureWords';
import { syncPlural, syncWord, type SyncPluralWord } from '../../../shared/sync/syncWords';
import {
  httpSyncTransport,
  InsecureServerUrlError,
  normalizeServerUrl,
} from '../../../services/sync/httpSyncTransport';
import type { NodeChange } from '../../../services/sync/nodeIdentity';
import { resetSyncState } from '../../../services/sync/syncReset';
import { describeSyncFailure } from '../../../services/sync/syncFailure';
import {
  runSyncRound,
  SyncDivergedError,
  SyncPushRefusedError,
  type RoundReport,
} from '../../../services/sync/syncRound';
import {
  SyncOfflineError,
  SyncServerError,
  type SyncTransport,
} from '../../../services/sync/syncTransport';
import type { Workspace } from '../../../services/workspace';
import type { CliCommand, CliContext, CliIo, CliValues } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { UsageError } from '../usageError';

export const TOKEN_ENV = 'OUTPOST_SYNC_TOKEN';

const USAGE =
  'sync [--server URL] [--token-stdin] [--allow-insecure-http] [--json] [--lang en|zh-CN]\n' +
  '  sync reset [--lang en|zh-CN]\n' +
  `  (token: --token-stdin, else $${TOKEN_ENV}, else the one saved by the app)`;

interface Target {
  serverUrl: string;
  token: string;
  allowInsecureHttp: boolean;
}

function serverUrl(value: string): string {
  try {
    return normalizeServerUrl(value);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The token given to this run, if any: stdin, the flag (with a warning) or the environment. */
async function givenToken(ctx: CliContext, values: CliValues): Promise<string | null> {
  if (values['token-stdin'] && typeof values.token === 'string')
    throw new UsageError('Give the token once: --token-stdin or --token, not both');
  if (values['token-stdin']) {
    if (!ctx.io.readStdinLine) throw new UsageError('--token-stdin needs a standard input');
    const token = (await ctx.io.readStdinLine()).trim();
    if (token === '') throw new UsageError('--token-stdin read no token from standard input');
    return token;
  }
  if (typeof values.token === 'string') {
    if (values.token.trim() === '') throw new UsageError('--token is empty');
    ctx.io.err(
      'outpost: warning: --token shows the device token to every user of this machine ' +
        `(process list, shell history); pipe it to --token-stdin or set ${TOKEN_ENV} instead`,
    );
    return values.token.trim();
  }
  const fromEnv = ctx.env[TOKEN_ENV]?.trim();
  return fromEnv ? fromEnv : null;
}

/** The server and token: as given, or as saved in the app's sync settings. */
function target(ws: Workspace, values: CliValues, token: string | null): Target {
  const saved = readSyncSettings(ws.db.sqlite);
  const server = typeof values.server === 'string' ? serverUrl(values.server) : null;
  const allowFlag = values['allow-insecure-http'] === true;
  if (token !== null) {
    const url = server ?? saved?.serverUrl;
    if (!url) throw new UsageError('sync needs --server URL (no server is saved in this database)');
    // The saved consent covers the saved server only.
    const allowed = allowFlag || (url === saved?.serverUrl && saved.allowInsecureHttp === true);
    return { serverUrl: url, token, allowInsecureHttp: allowed };
  }
  if (saved && (server === null || server === saved.serverUrl))
    return {
      serverUrl: saved.serverUrl,
      token: saved.token,
      allowInsecureHttp: allowFlag || saved.allowInsecureHttp === true,
    };
  throw new UsageError(
    `sync needs a device token: pipe it to --token-stdin, set ${TOKEN_ENV}, ` +
      'or connect this database to the server in the app (Sync settings)',
  );
}

const LANGS = ['en', 'zh-CN'] as const;
type CliLang = (typeof LANGS)[number];

const NODE_WORDS: Record<NodeChange['reason'], SyncPluralWord> = {
  copied: 'node.copied',
  taken: 'node.taken',
  reset: 'node.reset',
};

function summary(report: RoundReport): string {
  return [
    `Pushed ${report.pushed} change(s) (${report.stored} new to the server)`,
    `pulled ${report.pulled} change(s)` +
      (report.snapshotRows ? ` after a snapshot of ${report.snapshotRows} row(s)` : ''),
    `${report.fieldsWritten} field(s) updated`,
    `${report.conflicts} conflict(s) kept`,
    ...(report.quarantined
      ? [`${report.quarantined} invalid change(s) quarantined (see: outpost quarantine)`]
      : []),
    report.inSync === true
      ? 'in sync with the server'
      : report.inSync === null
        ? 'local changes made during the round are still pending'
        : 'NOT in sync',
  ].join('; ');
}

function nodeNotice(lang: CliLang, change: NodeChange | null): string | null {
  return change ? syncPlural(lang, NODE_WORDS[change.reason], change.restamped) : null;
}

function printRound(io: CliIo, lang: CliLang, report: RoundReport, json: boolean): void {
  if (json) return io.out(JSON.stringify(report));
  io.out(summary(report));
  if (report.restamped > 0) io.out(syncPlural(lang, 'restamped', report.restamped));
}

/** The failure in the user's language, then the raw message for support. */
function failed(io: CliIo, lang: CliLang, error: unknown, serverUrl: string, lead: string): void {
  const { code, facts, detail } = describeSyncFailure(error, serverUrl);
  const words = code === 'insecureHttp' ? detail : syncFailureText(lang, code, facts);
  io.err(`outpost: ${lead}${words}`);
  io.err(`outpost: ${SYNC_FAILURE_FRAME[lang].detail}${detail}`);
}

async function runRound(
  io: CliIo,
  ws: Workspace,
  copied: NodeChange | null,
  transport: SyncTransport,
  values: { lang: CliLang; json: boolean; serverUrl: string },
): Promise<number> {
  const { lang, json, serverUrl } = values;
  const notice = nodeNotice(lang, copied);
  if (notice) io.err(`outpost: ${notice}`);
  try {
    const report = await runSyncRound(ws, transport);
    const taken = nodeNotice(lang, report.nodeChange);
    if (taken) io.err(`outpost: ${taken}`);
    printRound(io, lang, report, json);
    return 0;
  } catch (error) {
    if (error instanceof SyncPushRefusedError) {
      // The pull went through: say what arrived, then why nothing could be sent.
      printRound(io, lang, error.report, json);
      const frame = SYNC_FAILURE_FRAME[lang];
      if (error.code === 'clock_drift') {
        const message =
          error.clockAheadMs !== null
            ? syncWord(lang, 'clockAhead', { duration: durationText(error.clockAheadMs, lang) })
            : syncWord(lang, 'clockWrong');
        io.err(`outpost: ${frame.notSent}${message}`);
      } else failed(io, lang, error, serverUrl, frame.notSent);
      return 1;
    }
    if (
      error instanceof SyncOfflineError ||
      error instanceof SyncServerError ||
      error instanceof SyncDivergedError
    ) {
      failed(io, lang, error, serverUrl, SYNC_FAILURE_FRAME[lang].failed);
      return 1;
    }
    throw error;
  }
}

export const syncCommand: CliCommand = {
  name: 'sync',
  summary: 'Run one full sync round with the team server, or reset the sync state',
  usage: USAGE,
  options: {
    server: { type: 'string' },
    token: { type: 'string' },
    'token-stdin': { type: 'boolean' },
    'allow-insecure-http': { type: 'boolean' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  },
  allowPositionals: true,
  async run(ctx, values, positionals) {
    // --lang, else the user's locale, as for every command; only a bad --lang is refused.
    if (values.lang !== undefined && !(LANGS as readonly string[]).includes(String(values.lang)))
      throw new UsageError(`--lang must be en or zh-CN, got "${String(values.lang)}"`);
    const lang: CliLang = ctx.lang;
    const [action, ...extra] = positionals;
    if (extra.length > 0 || (action !== undefined && action !== 'reset'))
      throw new UsageError(`Unexpected "${positionals.join(' ')}"\nUsage: outpost ${USAGE}`);
    if (action === 'reset') {
      if (values.server !== undefined || values.token !== undefined || values['token-stdin'])
        throw new UsageError('sync reset takes no --server or token');
      const ws = await openCliWorkspace(ctx);
      try {
        const change = resetSyncState(ws);
        ctx.io.out(nodeNotice(lang, change) ?? '');
        return 0;
      } finally {
        ws.close();
      }
    }
    if (typeof values.server === 'string') serverUrl(values.server);
    const token = await givenToken(ctx, values);
    // Without a token, only the database's saved settings can name one: do not create it.
    if (token === null && !existsSync(ctx.dbFile))
      throw new UsageError(
        `sync needs a device token: pipe it to --token-stdin or set ${TOKEN_ENV} ` +
          `(${ctx.dbFile} does not exist, so it has no saved sync settings)`,
      );
    // A first sync is how a new device gets its data: it may start a new file.
    const ws = await openCliWorkspace(ctx, { creates: true });
    try {
      const { serverUrl: url, ...rest } = target(ws, values, token);
      let transport: SyncTransport;
      try {
        transport = httpSyncTransport({ serverUrl: url, ...rest });
      } catch (error) {
        if (error instanceof InsecureServerUrlError)
          throw new UsageError(`${error.message} (--allow-insecure-http)`);
        throw error;
      }
      return await runRound(ctx.io, ws, ws.openedAsCopy, transport, {
        lang: lang as CliLang,
        json: values.json === true,
        serverUrl: url,
      });
    } finally {
      ws.close();
    }
  },
};
