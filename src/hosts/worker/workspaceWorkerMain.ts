/**
 * The workspace worker: opens the database, serves API calls with the same handlers and
 * validation as before (dispatch), runs the sync scheduler and the start-of-day rescoring — all
 * off the host's thread. Deck PDFs are printed by the host (Electron's printToPDF, or the
 * machine's Chromium), which the worker asks for.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import { createApiHandlers } from '../../services/apiHandlers';
import { dispatch } from '../../services/dispatch';
import { dailyBackup } from '../../services/backup/dailyBackup';
import { startOfDay } from '../../services/startOfDay';
import { runAsTask, type TaskReporter } from '../../services/taskContext';
import { SyncScheduler } from '../../services/sync/syncScheduler';
import { openWorkspace, type Workspace } from '../../services/workspace';
import type { FromWorker, ToWorker, WorkspaceWorkerData } from './workspaceProtocol';

const port = parentPort!;
/** The day's backup waits this long after the start, and is looked for again every hour. */
const FIRST_BACKUP_MS = 2 * 60 * 1000;
const BACKUP_CHECK_MS = 60 * 60 * 1000;
const data = workerData as WorkspaceWorkerData;
const post = (message: FromWorker) => port.postMessage(message);

/** Progress of one call, to the host at most every 100 ms; its cancel flag, from the host. */
function reporterFor(id: number): TaskReporter {
  let last = 0;
  return {
    progress(done, total) {
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      post({ type: 'progress', id, done, total });
    },
    cancelled: () => data.cancel !== undefined && Atomics.load(data.cancel, 0) === id,
  };
}

function serve(ws: Workspace): void {
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 1;
  const askHost = (route: string) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      post({ type: 'request', id, what: 'printPdf', route });
    });
  const sync = new SyncScheduler(ws, data.sync ?? {});
  const handlers = createApiHandlers(ws, sync, {
    printPdf: data.canPrintPdf
      ? async (route) => Buffer.from((await askHost(route)) as Uint8Array)
      : undefined,
  });
  port.on('message', (message: ToWorker) => {
    if (message.type === 'call') {
      void runAsTask(reporterFor(message.id), () =>
        dispatch(handlers, message.method, message.input),
      ).then((result) => {
        if (!result.ok && result.error.code === 'internal')
          post({ type: 'log', method: message.method, message: result.error.message });
        post({ type: 'result', id: message.id, result });
      });
    } else if (message.type === 'reply') {
      const entry = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.ok) entry?.resolve(message.value);
      else entry?.reject(new Error(message.message));
    } else if (message.type === 'networkBack') {
      sync.networkBack();
    } else if (message.type === 'stop') {
      clearTimeout(backupTimer);
      // A round in flight finishes its transaction before the database closes.
      void sync.stop().then(() => {
        ws.close();
        post({ type: 'stopped' });
        port.close();
      });
    }
  });
  sync.start();
  post({ type: 'ready' });
  // Start of day: rescore every account (and fire or clear alerts), take the week's forecast
  // snapshot — here, where it blocks no window.
  setImmediate(() => startOfDay(ws));
  // The day's backup, once the first looks are served, then checked every hour (a new day).
  const backUpDaily = () => {
    try {
      dailyBackup(ws);
    } catch (error) {
      post({ type: 'log', method: 'backup:daily', message: String(error) });
    }
    backupTimer = setTimeout(backUpDaily, BACKUP_CHECK_MS);
  };
  let backupTimer = setTimeout(backUpDaily, FIRST_BACKUP_MS);
}

try {
  serve(
    openWorkspace(data.dbFile, {
      ...(data.migrationsDir ? { migrationsDir: data.migrationsDir } : {}),
      key: data.key ? Buffer.from(data.key) : null,
    }),
  );
} catch (error) {
  const open =
    error instanceof DatabaseOpenError ? { file: error.file, problem: error.problem } : undefined;
  post({ type: 'failed', open, message: error instanceof Error ? error.message : String(error) });
  port.close();
}
