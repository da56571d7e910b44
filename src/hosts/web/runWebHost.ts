/** Opens the database and serves Outpost in the browser until the process is stopped. */
import { createApiHandlers } from '../../services/apiHandlers';
import { startOfDay } from '../../services/startOfDay';
import { SyncScheduler } from '../../services/sync/syncScheduler';
import { openWorkspace } from '../../services/workspace';
import { RENDERER_DIR } from '../common/appPaths';
import { startWebHost, type WebHost } from './webHost';

export async function runWebHost(
  dbFile: string,
  port: number | undefined,
  print: (line: string) => void,
): Promise<WebHost> {
  const ws = openWorkspace(dbFile);
  // Tests (and curious admins) can slow the automatic rounds down to watch "pending" changes.
  const debounceMs = Number(process.env.OUTPOST_SYNC_DEBOUNCE_MS) || undefined;
  const intervalMs = Number(process.env.OUTPOST_SYNC_INTERVAL_MS) || undefined;
  const sync = new SyncScheduler(ws, { debounceMs, intervalMs });
  const host = await startWebHost({
    handlers: createApiHandlers(ws, sync),
    rendererDir: RENDERER_DIR,
    port,
  });
  print(`Outpost is running at ${host.url}`);
  print(`Database: ${dbFile}  (Ctrl+C to stop)`);
  sync.start();
  // Start of day: rescore every account (and fire or clear alerts), take the week's forecast
  // snapshot, before the first look.
  setImmediate(() => startOfDay(ws));
  const stop = () => {
    void Promise.all([host.close(), sync.stop()]).then(() => {
      ws.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}
