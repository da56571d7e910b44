/**
 * Opens the database and serves Outpost in the browser until the process is stopped. A database
 * that cannot be opened is refused before the app is built or served.
 */
import { createApiHandlers } from '../../services/apiHandlers';
import { startOfDay } from '../../services/startOfDay';
import { SyncScheduler } from '../../services/sync/syncScheduler';
import { openWorkspace } from '../../services/workspace';
import { RENDERER_DIR } from '../common/appPaths';
import { logUncaught, openAppLog } from '../common/appLog';
import { chromiumPrinter } from '../common/chromiumPdf';
import { ensureBuilt } from '../common/ensureBuilt';
import { startWebHost, type WebHost } from './webHost';

export async function runWebHost(
  dbFile: string,
  port: number | undefined,
  print: (line: string) => void,
  rebuild = false,
): Promise<WebHost> {
  const log = openAppLog('web');
  logUncaught(log, (error) => {
    print(`outpost: unexpected error: ${error.message} (details in ${log.file})`);
    process.exit(1);
  });
  const ws = openWorkspace(dbFile);
  try {
    ensureBuilt(rebuild);
  } catch (error) {
    ws.close();
    throw error;
  }
  // Tests (and curious admins) can slow the automatic rounds down to watch "pending" changes.
  const debounceMs = Number(process.env.OUTPOST_SYNC_DEBOUNCE_MS) || undefined;
  const intervalMs = Number(process.env.OUTPOST_SYNC_INTERVAL_MS) || undefined;
  const sync = new SyncScheduler(ws, { debounceMs, intervalMs });
  // The host prints PDFs of its own pages with a Chromium found on the machine.
  let url = '';
  const host = await startWebHost({
    handlers: createApiHandlers(ws, sync, { printPdf: chromiumPrinter(() => url) }),
    rendererDir: RENDERER_DIR,
    port,
  });
  url = host.url;
  print(`Outpost is running at ${host.url}`);
  print(`Database: ${dbFile}  (Ctrl+C to stop)`);
  log.logger.info({ dbFile, url: host.url.replace(/secret=[^&]+/, 'secret=…') }, 'started');
  sync.start();
  // Start of day: rescore every account (and fire or clear alerts), take the week's forecast
  // snapshot, before the first look.
  setImmediate(() => startOfDay(ws));
  const stop = () => {
    void Promise.all([host.close(), sync.stop()]).then(() => {
      ws.close();
      log.logger.info('stopped');
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}
