/**
 * `sync --server URL --token TOKEN`: one full sync round, then what it pushed and pulled — and,
 * in the chosen language, a clock too far ahead or a new device id when this database turned out
 * to be a copy. `sync reset`: forget where this device stands with the server (another user signs
 * in here), keeping every unsynced change.
 */
import { durationText } from '../../../shared/format/durationText';
import { syncWord, type SyncWord } from '../../../shared/sync/syncWords';
import { httpSyncTransport, normalizeServerUrl } from '../../../services/sync/httpSyncTransport';
import type { NodeChange } from '../../../services/sync/nodeIdentity';
import { resetSyncState } from '../../../services/sync/syncReset';
import {
  runSyncRound,
  SyncPushRefusedError,
  type RoundReport,
} from '../../../services/sync/syncRound';
import { SyncOfflineError, SyncServerError } from '../../../services/sync/syncTransport';
import { openWorkspace, type Workspace } from '../../../services/workspace';
import type { CliCommand, CliIo } from '../cliCommand';
import { UsageError } from '../usageError';

const LANGS = ['en', 'zh-CN'] as const;
type CliLang = (typeof LANGS)[number];

const NODE_WORDS: Record<NodeChange['reason'], SyncWord> = {
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
    report.inSync === true
      ? 'in sync with the server'
      : report.inSync === null
        ? 'local changes are still pending'
        : 'NOT in sync',
  ].join('; ');
}

function nodeNotice(lang: CliLang, change: NodeChange | null): string | null {
  return change ? syncWord(lang, NODE_WORDS[change.reason], { count: change.restamped }) : null;
}

function printRound(io: CliIo, lang: CliLang, report: RoundReport, json: boolean): void {
  if (json) return io.out(JSON.stringify(report));
  io.out(summary(report));
  if (report.restamped > 0) io.out(syncWord(lang, 'restamped', { count: report.restamped }));
}

async function runRound(
  io: CliIo,
  ws: Workspace,
  copied: NodeChange | null,
  values: { server: string; token: string; lang: CliLang; json: boolean },
): Promise<number> {
  const { lang, json } = values;
  const notice = nodeNotice(lang, copied);
  if (notice) io.err(`outpost: ${notice}`);
  try {
    const report = await runSyncRound(
      ws,
      httpSyncTransport({ serverUrl: values.server, token: values.token }),
    );
    const taken = nodeNotice(lang, report.nodeChange);
    if (taken) io.err(`outpost: ${taken}`);
    printRound(io, lang, report, json);
    return 0;
  } catch (error) {
    if (error instanceof SyncPushRefusedError) {
      // The pull went through: say what arrived, then why nothing could be sent.
      printRound(io, lang, error.report, json);
      const message =
        error.code !== 'clock_drift'
          ? error.message
          : error.clockAheadMs !== null
            ? syncWord(lang, 'clockAhead', { duration: durationText(error.clockAheadMs, lang) })
            : syncWord(lang, 'clockWrong');
      io.err(`outpost: sync could not send changes: ${message}`);
      return 1;
    }
    if (error instanceof SyncOfflineError || error instanceof SyncServerError) {
      io.err(`outpost: sync failed: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

export const syncCommand: CliCommand = {
  name: 'sync',
  summary: 'Run one full sync round with the team server, or reset the sync state',
  usage:
    'sync --server URL --token TOKEN [--json] [--lang en|zh-CN]\n  sync reset [--lang en|zh-CN]',
  options: {
    server: { type: 'string' },
    token: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  },
  allowPositionals: true,
  async run(ctx, values, positionals) {
    const lang = (values.lang as string | undefined) ?? 'en';
    if (!(LANGS as readonly string[]).includes(lang))
      throw new UsageError(`--lang must be en or zh-CN, got "${lang}"`);
    const [action, ...extra] = positionals;
    if (extra.length > 0 || (action !== undefined && action !== 'reset'))
      throw new UsageError(`Unexpected "${positionals.join(' ')}"\nUsage: outpost ${this.usage}`);
    if (action === 'reset') {
      if (values.server !== undefined || values.token !== undefined)
        throw new UsageError('sync reset takes no --server or --token');
      const ws = openWorkspace(ctx.dbFile);
      try {
        const change = resetSyncState(ws);
        ctx.io.out(nodeNotice(lang as CliLang, change) ?? '');
        return 0;
      } finally {
        ws.close();
      }
    }
    const server = values.server;
    const token = values.token;
    if (typeof server !== 'string') throw new UsageError('sync needs --server URL');
    if (typeof token !== 'string' || token === '') throw new UsageError('sync needs --token TOKEN');
    let url: string;
    try {
      url = normalizeServerUrl(server);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const ws = openWorkspace(ctx.dbFile);
    try {
      return await runRound(ctx.io, ws, ws.openedAsCopy, {
        server: url,
        token,
        lang: lang as CliLang,
        json: values.json === true,
      });
    } finally {
      ws.close();
    }
  },
};
