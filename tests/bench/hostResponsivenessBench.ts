/**
 * How long the host's own thread (the Electron main process, the web host's event loop) stalls
 * while the whole portfolio is rescored: before, with the workspace on that thread as Outpost ran
 * until now, and after, with it in the workspace worker. Measured as the p99 of the event loop's
 * delay (perf_hooks' histogram, 10 ms resolution); the baseline is the same host idle. Budget
 * (DESIGN.md §11): under 50 ms.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
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

export async function benchHostResponsiveness(ws: Workspace): Promise<Figure[]> {
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
  ];
}
