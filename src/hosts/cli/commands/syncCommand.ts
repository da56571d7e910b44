/** `sync --server URL --token TOKEN`: one full sync round, then what it pushed and pulled. */
import { httpSyncTransport, normalizeServerUrl } from '../../../services/sync/httpSyncTransport';
import { runSyncRound } from '../../../services/sync/syncRound';
import { SyncOfflineError, SyncServerError } from '../../../services/sync/syncTransport';
import { openWorkspace } from '../../../services/workspace';
import type { CliCommand } from '../cliCommand';
import { UsageError } from '../usageError';

export const syncCommand: CliCommand = {
  name: 'sync',
  summary: 'Run one full sync round with the team server',
  usage: 'sync --server URL --token TOKEN [--json]',
  options: { server: { type: 'string' }, token: { type: 'string' }, json: { type: 'boolean' } },
  async run(ctx, values) {
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
      const report = await runSyncRound(ws, httpSyncTransport({ serverUrl: url, token }));
      if (values.json) ctx.io.out(JSON.stringify(report));
      else
        ctx.io.out(
          [
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
          ].join('; '),
        );
      return 0;
    } catch (error) {
      if (error instanceof SyncOfflineError || error instanceof SyncServerError) {
        ctx.io.err(`outpost: sync failed: ${error.message}`);
        return 1;
      }
      throw error;
    } finally {
      ws.close();
    }
  },
};
