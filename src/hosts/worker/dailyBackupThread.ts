/**
 * Takes the day's backup on a thread of its own (backupThreadMain), so the workspace worker keeps
 * answering while a large book is copied, then rotates the daily backups. Stopping it (the
 * workspace closes: lock, restore, quit) ends the thread and leaves no partial file behind.
 */
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { dailyBackupTarget, rotateDailyBackups } from '../../services/backup/dailyBackup';
import type { Workspace } from '../../services/workspace';

const here = fileURLToPath(import.meta.url);
/** The bundled app has `backupThread.js` beside the worker; sources run the .ts under tsx. */
const ENTRY = here.endsWith('.ts')
  ? join(dirname(here), 'backupThreadMain.ts')
  : join(dirname(here), 'backupThread.js');

export interface RunningBackup {
  done: Promise<{ made: string | null; removed: string[] }>;
  stop(): Promise<void>;
}

export function startDailyBackup(ws: Workspace): RunningBackup {
  const target = dailyBackupTarget(ws.db.file, ws.today());
  if (!target)
    return { done: Promise.resolve({ made: null, removed: [] }), stop: () => Promise.resolve() };
  const execArgv =
    ENTRY.endsWith('.ts') && !process.execArgv.some((a) => a.includes('tsx'))
      ? [...process.execArgv, '--import', 'tsx']
      : undefined;
  const thread = new Worker(ENTRY, {
    execArgv,
    workerData: {
      dbFile: ws.db.file,
      key: ws.db.key ? new Uint8Array(ws.db.key) : null,
      target,
      createdAt: ws.nowIso(),
      device: ws.nodeId,
      source: basename(ws.db.file),
    },
  });
  let stopped = false;
  const done = new Promise<{ made: string | null; removed: string[] }>((resolve, reject) => {
    thread.once('message', (reply: { ok: boolean; message?: string }) => {
      if (reply.ok) resolve({ made: target, removed: rotateDailyBackups(ws.db.file) });
      else reject(new Error(reply.message));
    });
    thread.once('error', reject);
    thread.once('exit', (code) => {
      if (stopped) resolve({ made: null, removed: [] });
      else reject(new Error(`The backup thread stopped (exit code ${code})`));
    });
  });
  return {
    done,
    async stop() {
      stopped = true;
      await thread.terminate();
      rmSync(`${target}.partial`, { force: true });
    },
  };
}
