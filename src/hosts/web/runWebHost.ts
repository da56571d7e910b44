/**
 * Serves Outpost in the browser until the process is stopped. The workspace — database, services,
 * sync, the start-of-day rescoring — runs in a worker thread, so this process's event loop only
 * moves requests and files and never waits on the database. A database that cannot be opened is
 * refused before the app is built or served.
 */
import { RENDERER_DIR } from '../common/appPaths';
import { logUncaught, openAppLog } from '../common/appLog';
import { chromiumPrinter } from '../common/chromiumPdf';
import { ensureBuilt } from '../common/ensureBuilt';
import { SOURCE_ENTRY, WorkspaceWorker } from '../worker/workspaceWorker';
import { startWebHost, type WebHost } from './webHost';

export async function runWebHost(
  dbFile: string,
  port: number | undefined,
  print: (line: string) => void,
  rebuild = false,
  /** The key of an encrypted database, unlocked before the host starts. */
  key: Buffer | null = null,
): Promise<WebHost> {
  const log = openAppLog('web');
  logUncaught(log, (error) => {
    print(`outpost: unexpected error: ${error.message} (details in ${log.file})`);
    process.exit(1);
  });
  // Tests (and curious admins) can slow the automatic rounds down to watch "pending" changes.
  const debounceMs = Number(process.env.OUTPOST_SYNC_DEBOUNCE_MS) || undefined;
  const intervalMs = Number(process.env.OUTPOST_SYNC_INTERVAL_MS) || undefined;
  // The host prints PDFs of its own pages with a Chromium found on the machine.
  let url = '';
  const worker = await WorkspaceWorker.start({
    entry: SOURCE_ENTRY,
    dbFile,
    ...(key ? { key: new Uint8Array(key) } : {}),
    sync: { debounceMs, intervalMs },
    // Encrypted always: a plain or new database waits for the set-up page, a locked one for its
    // passphrase (or was unlocked from the environment before the host started).
    gate: { keystore: 'passphrase', passphraseBecause: 'notDesktop' },
    printPdf: chromiumPrinter(() => url),
  });
  try {
    ensureBuilt(rebuild);
  } catch (error) {
    await worker.stop();
    throw error;
  }
  worker.on('restarted', (reason) => {
    log.logger.error({ reason }, 'data worker restarted');
    print(`outpost: ${reason}; restarted it.`);
  });
  worker.on('log', (entry) => log.logger.error(entry, 'data worker'));
  worker.on('gaveUp', (reason) => {
    log.logger.fatal({ reason }, 'data worker could not be restarted');
    print(`outpost: ${reason}; it could not be restarted (details in ${log.file}).`);
    process.exit(1);
  });
  const host = await startWebHost({ api: worker.call, rendererDir: RENDERER_DIR, port });
  url = host.url;
  print(`Outpost is running at ${host.url}`);
  print(`Database: ${dbFile}  (Ctrl+C to stop)`);
  log.logger.info({ dbFile, url: host.url.replace(/secret=[^&]+/, 'secret=…') }, 'started');
  const stop = () => {
    void Promise.all([host.close(), worker.stop()]).then(() => {
      log.logger.info('stopped');
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}
