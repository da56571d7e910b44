/**
 * A wall clock far ahead (DESIGN.md §8, issue: "a clock far ahead locks a laptop out"). The
 * server refuses changes stamped more than 5 minutes after its own time, and the HLC's
 * max-of-seen rule keeps stamping every later write after the newest it issued — so after the OS
 * clock is put right, the replica's writes would stay ahead for as long as it was wrong.
 *
 * When a push is refused with clock_drift, the server's time in the answer says how far off this
 * computer is. Still off: the round reports it (and pulls anyway). Right again: the pending
 * changes the server refused — those stamped later than it accepts, which it therefore never
 * stored — are re-stamped from the corrected clock in their old order, after everything that
 * stands; the clock restarts from there, so the saved clock is no longer ahead either.
 * Re-stamped changes stay newer than every change this replica holds, as they were, so every
 * field keeps its LWW winner.
 */
import { MAX_DRIFT_MS } from '../../core/hlc';
import { newestStandingHlc, pendingIds, restampChanges } from '../../db/sync/restampChanges';
import { latestHlc } from '../../db/changeCapture/changeLog';
import type { Workspace } from '../workspace';

/** Re-stamped ids stay this far under the server's limit (latency, time until the next push). */
const MARGIN_MS = 60_000;

/** How far this computer's clock is ahead of the server's (negative: behind), or null. */
export function clockSkewMs(ws: Workspace, serverTime: string | null): number | null {
  const server = serverTime ? Date.parse(serverTime) : NaN;
  return Number.isFinite(server) ? Date.parse(ws.nowIso()) - server : null;
}

/** Whether the local clock is close enough to the server's for re-stamped ids to be accepted. */
export function clockIsRight(skewMs: number | null): skewMs is number {
  return skewMs !== null && skewMs < MAX_DRIFT_MS - MARGIN_MS;
}

/**
 * Re-stamps the pending changes dated after what the server accepts at `serverTime`; returns
 * how many. Call only once the clock is right (clockIsRight).
 */
export function restampAhead(ws: Workspace, serverTime: string): number {
  const db = ws.db.sqlite;
  const limit = Date.parse(serverTime) + MAX_DRIFT_MS;
  const after = `${new Date(limit).toISOString()}-ffff-ffffffffffffffff`;
  const node = ws.clock.node;
  try {
    return db.transaction(() => {
      const ids = pendingIds(db, after);
      if (ids.length === 0) return 0;
      ws.clock.restart(node, newestStandingHlc(db, after));
      restampChanges(db, new Map(ids.map((id) => [id, ws.clock.now()])));
      return ids.length;
    })();
  } catch (error) {
    // Nothing was rewritten: the clock goes on from the log as it is.
    ws.clock.restart(node, latestHlc(db));
    throw error;
  }
}
