/**
 * The workspace worker: opens the database (or waits, locked, for its key), serves API calls
 * through the session (dispatch), runs the sync scheduler, the start-of-day rescoring and the
 * daily backup — all off the host's thread. Deck PDFs are printed by the host (Electron's printToPDF, or the
 * machine's Chromium), which the worker asks for.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import { createApiHandlers } from '../../services/apiHandlers';
import { startOfDay } from '../../services/startOfDay';
import { runAsTask, type TaskReporter } from '../../services/taskContext';
import { SyncScheduler } from '../../services/sync/syncScheduler';
import { openWorkspace } from '../../services/workspace';
import { defaultMigrationsDir } from '../../db/openDatabase';
import { readMigrations } from '../../db/migrations';
import { WorkspaceSession, type Served } from './workspaceSession';
import { startDailyBackup, type RunningBackup } from './dailyBackupThread';
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

const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
let nextRequest = 1;
function askHost(
  request: { what: 'printPdf'; route: string } | { what: 'wrapKey'; key: Uint8Array },
) {
  return new Promise<unknown>((resolve, reject) => {
    const id = nextRequest++;
    waiting.set(id, { resolve, reject });
    post({ type: 'request', id, ...request });
  });
}

/** Opens the workspace and serves it: handlers, the sync scheduler, start of day, daily backups. */
function serve(key: Buffer | null): Served {
  const ws = openWorkspace(data.dbFile, {
    ...(data.migrationsDir ? { migrationsDir: data.migrationsDir } : {}),
    key,
  });
  const sync = new SyncScheduler(ws, data.sync ?? {});
  const handlers = createApiHandlers(ws, sync, {
    printPdf: data.canPrintPdf
      ? async (route) => Buffer.from((await askHost({ what: 'printPdf', route })) as Uint8Array)
      : undefined,
  });
  sync.start();
  // Start of day: rescore every account (and fire or clear alerts), take the week's forecast
  // snapshot — here, where it blocks no window.
  const startTimer = setImmediate(() => startOfDay(ws));
  // The day's backup, once the first looks are served, then looked for every hour (a new day);
  // it is written on a thread of its own while this one goes on serving.
  let backup: RunningBackup | null = null;
  const backUpDaily = () => {
    backup = startDailyBackup(ws);
    backup.done
      .catch((error: unknown) =>
        post({ type: 'log', method: 'backup:daily', message: String(error) }),
      )
      .finally(() => {
        backup = null;
        backupTimer = setTimeout(backUpDaily, BACKUP_CHECK_MS);
      });
  };
  let backupTimer = setTimeout(backUpDaily, FIRST_BACKUP_MS);
  return {
    ws,
    handlers,
    async close() {
      clearImmediate(startTimer);
      clearTimeout(backupTimer);
      await backup?.stop();
      // A round in flight finishes its transaction before the database closes.
      await sync.stop();
      ws.close();
    },
  };
}

const session = new WorkspaceSession({
  dbFile: data.dbFile,
  keystore: data.gate?.keystore ?? 'passphrase',
  passphraseBecause: data.gate?.passphraseBecause ?? 'notDesktop',
  requireEncryption: data.gate !== undefined,
  knownVersion: readMigrations(data.migrationsDir ?? defaultMigrationsDir()).length,
  open: serve,
  wrapKey: async (key) => {
    await askHost({ what: 'wrapKey', key: new Uint8Array(key) });
  },
});

port.on('message', (message: ToWorker) => {
  if (message.type === 'call') {
    void runAsTask(reporterFor(message.id), () => session.call(message.method, message.input)).then(
      (result) => {
        if (!result.ok && result.error.code === 'internal')
          post({ type: 'log', method: message.method, message: result.error.message });
        post({ type: 'result', id: message.id, result });
      },
    );
  } else if (message.type === 'reply') {
    const entry = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.ok) entry?.resolve(message.value);
    else entry?.reject(new Error(message.message));
  } else if (message.type === 'networkBack') {
    void session.call('sync:networkBack', {});
  } else if (message.type === 'stop') {
    void session.close().then(() => {
      post({ type: 'stopped' });
      port.close();
    });
  }
});

try {
  session.start(data.key ? Buffer.from(data.key) : null);
  post({ type: 'ready' });
} catch (error) {
  const open =
    error instanceof DatabaseOpenError ? { file: error.file, problem: error.problem } : undefined;
  post({ type: 'failed', open, message: error instanceof Error ? error.message : String(error) });
  port.close();
}
