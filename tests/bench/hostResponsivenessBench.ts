/**
 * How long the host's own thread (the Electron main process, the web host's event loop) stalls
 * while the whole portfolio is rescored, and while a new device's first sync downloads a book:
 * before, with the workspace on that thread as Outpost ran until now, and after, with it in the
 * workspace worker (the sync server runs on a thread of its own, so its work is not counted). Measured as the p99 of the event loop's
 * delay (perf_hooks' histogram, 10 ms resolution); the baseline is the same host idle. Budget
 * (DESIGN.md §11): under 50 ms.
 */
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { writeSyncSettings } from '../../src/db/sync/syncSettings';
import { addTeam, addUser } from '../../src/server/admin/serverAdmin';
import { SqliteSyncStore } from '../../src/server/store/sqliteSyncStore';
import { loadDemo } from '../../src/services/demo/demoService';
import { httpSyncTransport } from '../../src/services/sync/httpSyncTransport';
import { runSyncRound } from '../../src/services/sync/syncRound';
import { openWorkspace } from '../../src/services/workspace';
import { refreshHealth } from '../../src/services/health/healthRefresh';
import type { Workspace } from '../../src/services/workspace';
import { SOURCE_ENTRY, WorkspaceWorker } from '../../src/hosts/worker/workspaceWorker';
import { ms, type Figure } from './benchUtil';

/** The p99 and maximum stall of this thread while `work` runs (and at least `minMs`). */
async function stallDuring(
  work: () => Promise<unknown>,
  minMs = 0,
): Promise<{ p99: number; max: number; ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  // The histogram measures from its first tick on.
  await new Promise((r) => setTimeout(r, 50));
  const start = performance.now();
  await Promise.all([work(), new Promise((r) => setTimeout(r, minMs))]);
  const took = performance.now() - start;
  // A stall is recorded when the loop next turns: let it turn before reading.
  await new Promise((r) => setTimeout(r, 50));
  histogram.disable();
  return { p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6, ms: took };
}

/** Stalls while a new device downloads a book of `accounts` accounts: on this thread, then in the worker. */
async function firstSyncStalls(dir: string, accounts: number) {
  const dataDir = join(dir, 'stall-server');
  const thread = new Worker(new URL('./syncServerThread.ts', import.meta.url), {
    workerData: { dataDir },
  });
  const url = await new Promise<string>((resolve, reject) => {
    thread.once('message', (m: { url: string }) => resolve(m.url));
    thread.once('error', reject);
  });
  try {
    const admin = SqliteSyncStore.inFolder(dataDir);
    const now = new Date().toISOString();
    await addTeam(admin, 'bench', now);
    const tokens = await Promise.all(
      ['maker', 'first', 'second'].map((n) => addUser(admin, 'bench', n, now)),
    );
    await admin.close();
    const maker = openWorkspace(join(dir, 'stall-maker.db'));
    loadDemo(maker, { accounts, seed: 7, today: maker.today() });
    writeSyncSettings(maker.db.sqlite, { serverUrl: url, token: tokens[0]! });
    await runSyncRound(maker, httpSyncTransport({ serverUrl: url, token: tokens[0]! }));
    maker.close();
    const here = openWorkspace(join(dir, 'stall-here.db'));
    writeSyncSettings(here.db.sqlite, { serverUrl: url, token: tokens[1]! });
    const before = await stallDuring(() =>
      runSyncRound(here, httpSyncTransport({ serverUrl: url, token: tokens[1]! })),
    );
    here.close();
    const worker = await WorkspaceWorker.start({
      entry: SOURCE_ENTRY,
      dbFile: join(dir, 'stall-worker.db'),
    });
    await worker.call('app:info', {});
    const after = await stallDuring(() =>
      worker.call('sync:configure', { serverUrl: url, token: tokens[2]! }),
    );
    await worker.stop();
    return { before, after };
  } finally {
    thread.postMessage('stop');
    await new Promise((r) => thread.once('exit', r));
  }
}

export async function benchHostResponsiveness(ws: Workspace, dir: string): Promise<Figure[]> {
  const idle = await stallDuring(() => Promise.resolve(), 1000);
  const before = await stallDuring(async () => {
    await new Promise((r) => setImmediate(r));
    refreshHealth(ws, 'all');
  });
  const worker = await WorkspaceWorker.start({ entry: SOURCE_ENTRY, dbFile: ws.db.file });
  // The worker rescored at its start of day; wait for that before measuring one on request.
  await worker.call('app:info', {});
  const after = await stallDuring(() => worker.call('health:refresh', {}));
  await worker.stop();
  const BOOK = 1000;
  const sync = await firstSyncStalls(dir, BOOK);
  const baseline = `the same host idle: p99 ${ms(idle.p99)}`;
  return [
    {
      name: `host event-loop delay p99 while the portfolio is rescored on the host's own thread (as before; took ${ms(before.ms)}, longest stall ${ms(before.max)})`,
      value: ms(before.p99),
      baseline,
      ratio: before.p99 / Math.max(idle.p99, 0.001),
      budget: 'reported',
      pass: true,
    },
    {
      name: `host event-loop delay p99 while the workspace worker rescores the portfolio (took ${ms(after.ms)}, longest stall ${ms(after.max)})`,
      value: ms(after.p99),
      baseline,
      ratio: after.p99 / Math.max(idle.p99, 0.001),
      budget: '< 50 ms',
      pass: after.p99 < 50,
    },
    {
      name: `host event-loop delay p99 while a new device's first sync (${BOOK.toLocaleString('en')}-account book) runs on the host's own thread (as before; took ${ms(sync.before.ms)}, longest stall ${ms(sync.before.max)})`,
      value: ms(sync.before.p99),
      baseline,
      ratio: sync.before.p99 / Math.max(idle.p99, 0.001),
      budget: 'reported',
      pass: true,
    },
    {
      name: `host event-loop delay p99 while the workspace worker runs that first sync (took ${ms(sync.after.ms)}, longest stall ${ms(sync.after.max)})`,
      value: ms(sync.after.p99),
      baseline,
      ratio: sync.after.p99 / Math.max(idle.p99, 0.001),
      budget: '< 50 ms',
      pass: sync.after.p99 < 50,
    },
  ];
}
