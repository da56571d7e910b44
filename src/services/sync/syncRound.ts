/**
 * One full sync round (DESIGN.md §8): a new device first downloads the team snapshot; then
 * every local change is pushed, every remote change is pulled and applied, and — when nothing is
 * left to push — the replica's checksum is compared with the server's. A mismatch triggers one
 * repair pass (re-push everything, re-pull everything); both are idempotent.
 *
 * Pull never waits on push: a push the server refuses (a clock far ahead, a change it will not
 * take) still lets the round pull everyone else's changes, then the refusal is reported. A clock
 * that is right again gets the refused changes re-stamped and pushed (clockRepair). When the
 * server says this replica's node id is another device's, the replica takes a new one and the
 * round starts over (nodeIdentity).
 *
 * Each step commits before the next, with its cursor in the same transaction, so a crash at any
 * point costs at most a repeat of the step that was cut short.
 */
import { reportProgress } from '../taskContext';
import { ZERO_CHECKSUM } from '../../core/sync/changeChecksum';
import { isUnused } from '../../db/changeCapture/changeLog';
import { RemoteApplier, type ApplyReport } from '../../db/sync/remoteApplier';
import {
  markAllUnpushed,
  markPushed,
  hasForeignOwnChanges,
  pendingChanges,
  pendingCount,
  replicaChecksum,
  resetChecksum,
} from '../../db/sync/syncLog';
import {
  readCursor,
  readSnapshotProgress,
  writeCursor,
  writeLastSync,
  writeSnapshotProgress,
} from '../../db/sync/syncState';
import { durationText } from '../../shared/format/durationText';
import { DEFAULT_PAGE, type SyncChange } from '../../shared/sync/syncProtocol';
import { syncWord } from '../../shared/sync/syncWords';
import type { Workspace } from '../workspace';
import { clockIsRight, clockSkewMs, restampAhead } from './clockRepair';
import { takeNewNodeId, type NodeChange } from './nodeIdentity';
import { snapshotChanges } from './snapshotChanges';
import { SyncServerError, type SyncTransport } from './syncTransport';

/** Points inside a round where a crash is most interesting (tests stop the round there). */
export type SyncStep =
  'push:acknowledged' | 'pull:applied' | 'pull:saved' | 'snapshot:applied' | 'snapshot:saved';

export interface RoundOptions {
  pushBatch?: number;
  pageSize?: number;
  /** Called at each step; a throw here behaves like the process dying at that point. */
  onStep?: (step: SyncStep) => void;
}

export interface RoundReport {
  pushed: number;
  /** Of the pushed changes, how many were new to the server. */
  stored: number;
  pulled: number;
  snapshotRows: number;
  fieldsWritten: number;
  conflicts: number;
  /** Pulled changes that failed validation and were quarantined instead of applied. */
  quarantined: number;
  /** Changes quarantined before that this version of the app could apply after all. */
  released: number;
  /** True when the replica matched the server at the end; null when it could not be checked. */
  inSync: boolean | null;
  repaired: boolean;
  cursor: number;
  /** Changes re-stamped because the clock had dated them too far ahead. */
  restamped: number;
  /** Set when the server refused this replica's node id and it took a new one. */
  nodeChange: NodeChange | null;
}

export class SyncDivergedError extends Error {
  constructor() {
    super('This device still differs from the server after a full repair; please report this');
    this.name = 'SyncDivergedError';
  }
}

/**
 * The server refused the push, but the round pulled: what it did, and why the push failed. With
 * clock_drift, `clockAheadMs` says how far this computer's clock is ahead of the server's.
 */
export class SyncPushRefusedError extends SyncServerError {
  constructor(
    readonly refusal: SyncServerError,
    readonly report: RoundReport,
    readonly clockAheadMs: number | null,
  ) {
    super(
      refusal.status,
      refusal.code,
      refusal.code !== 'clock_drift'
        ? refusal.message
        : clockAheadMs !== null
          ? syncWord('en', 'clockAhead', { duration: durationText(clockAheadMs, 'en') })
          : syncWord('en', 'clockWrong'),
      refusal.retryAfter,
      refusal.serverTime,
    );
    this.name = 'SyncPushRefusedError';
  }
}

/** The server refused the node id: another device (a copy of this database) has it. */
const nodeRefused = (error: unknown) =>
  error instanceof SyncServerError &&
  (error.code === 'node_taken' || error.code === 'change_conflict');

export async function runSyncRound(
  ws: Workspace,
  transport: SyncTransport,
  options: RoundOptions = {},
): Promise<RoundReport> {
  try {
    return await roundOnce(ws, transport, options, null);
  } catch (error) {
    if (!nodeRefused(error)) throw error;
    // Before anything else is written: pending changes move to the new id, then start over.
    const change = takeNewNodeId(ws, 'taken', ws.random);
    return await roundOnce(ws, transport, options, change);
  }
}

async function roundOnce(
  ws: Workspace,
  transport: SyncTransport,
  options: RoundOptions,
  nodeChange: NodeChange | null,
): Promise<RoundReport> {
  const report: RoundReport = {
    pushed: 0,
    stored: 0,
    pulled: 0,
    snapshotRows: 0,
    fieldsWritten: 0,
    conflicts: 0,
    quarantined: 0,
    released: 0,
    inSync: null,
    repaired: false,
    cursor: 0,
    restamped: 0,
    nodeChange,
  };
  const db = ws.db.sqlite;
  const applier = new RemoteApplier(db, ws.clock, ws.nowIso);
  const count = (applied: ApplyReport) => {
    report.fieldsWritten += applied.fieldsWritten;
    report.conflicts += applied.conflicts;
    report.quarantined += applied.quarantined;
  };

  // What an older version of the app held back may be valid to this one (a field it now knows).
  const released = applier.releaseQuarantined();
  count(released);
  report.released = released.received;

  if (readSnapshotProgress(db) || (isUnused(db) && readCursor(db) === 0))
    report.snapshotRows = await downloadSnapshot(ws, transport, applier, options, count);

  const refused = await pushOrRepairClock(ws, transport, options, report);
  let checksum = await pullAll(ws, transport, applier, options, false, report, count);
  if (refused) {
    report.cursor = readCursor(db);
    throw new SyncPushRefusedError(refused.error, report, refused.clockAheadMs);
  }
  let finished = false;
  if (pendingCount(db) === 0) {
    // The checksum's cache and the time of this success in one commit: one wait for the disk.
    report.inSync = db.transaction(() => {
      const same = replicaChecksum(db) === checksum;
      if (same) writeLastSync(db, ws.nowIso());
      return same;
    })();
    finished = report.inSync;
    if (!report.inSync) {
      // Repair: offer every local change again and fetch every change again, ours included.
      report.repaired = true;
      markAllUnpushed(db, ws.nodeId);
      db.transaction(() => {
        writeCursor(db, 0);
        resetChecksum(db, ZERO_CHECKSUM);
      })();
      await pushAll(ws, transport, options, report);
      checksum = await pullAll(ws, transport, applier, options, true, report, count);
      if (pendingCount(db) === 0) {
        report.inSync = replicaChecksum(db) === checksum;
        if (!report.inSync) throw new SyncDivergedError();
      } else report.inSync = null;
      // Changes under this node id that this replica never made: a copy of it writes as it
      // too (one whose clock keeps it always newer gets past the server's checks).
      if (hasForeignOwnChanges(db, ws.nodeId))
        report.nodeChange = takeNewNodeId(ws, 'taken', ws.random);
    }
  }
  report.cursor = readCursor(db);
  if (!finished) writeLastSync(db, ws.nowIso());
  return report;
}

/**
 * Pushes everything pending. A refusal the pull should not wait on is returned (network trouble,
 * a bad token, a rate limit or a taken node id still end the round); clock_drift from a clock
 * that is right again re-stamps the refused changes and pushes once more.
 */
async function pushOrRepairClock(
  ws: Workspace,
  transport: SyncTransport,
  options: RoundOptions,
  report: RoundReport,
): Promise<{ error: SyncServerError; clockAheadMs: number | null } | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      await pushAll(ws, transport, options, report);
      return null;
    } catch (error) {
      if (!(error instanceof SyncServerError) || !pullsAnyway(error)) throw error;
      if (error.code !== 'clock_drift') return { error, clockAheadMs: null };
      const skew = clockSkewMs(ws, error.serverTime);
      if (attempt === 0 && clockIsRight(skew) && error.serverTime) {
        const restamped = restampAhead(ws, error.serverTime);
        report.restamped += restamped;
        if (restamped > 0) continue;
      }
      // How far ahead the clock is, when it is (a refusal despite a right clock says no number).
      return { error, clockAheadMs: clockIsRight(skew) ? null : skew };
    }
  }
}

function pullsAnyway(error: SyncServerError): boolean {
  return !['unauthorized', 'rate_limited', 'node_taken', 'change_conflict'].includes(error.code);
}

async function pushAll(
  ws: Workspace,
  transport: SyncTransport,
  options: RoundOptions,
  report: RoundReport,
): Promise<void> {
  const db = ws.db.sqlite;
  for (;;) {
    const batch = pendingChanges(db, options.pushBatch ?? 500);
    if (batch.length === 0) return;
    const response = await transport.push({
      clientId: ws.nodeId,
      changes: batch as SyncChange[],
    });
    options.onStep?.('push:acknowledged');
    const acknowledged = new Set(response.acknowledged);
    const done = batch.filter((c) => acknowledged.has(c.id)).map((c) => c.id);
    if (done.length === 0) throw new Error('The server acknowledged none of the changes sent');
    markPushed(db, done);
    report.pushed += done.length;
    report.stored += response.stored;
  }
}

async function pullAll(
  ws: Workspace,
  transport: SyncTransport,
  applier: RemoteApplier,
  options: RoundOptions,
  own: boolean,
  report: RoundReport,
  count: (applied: ApplyReport) => void,
): Promise<string> {
  const db = ws.db.sqlite;
  for (;;) {
    const since = readCursor(db);
    const page = await transport.pull({
      since,
      limit: options.pageSize ?? DEFAULT_PAGE,
      clientId: ws.nodeId,
      own: own ? '1' : '0',
    });
    count(
      applier.apply(page.changes, 'remote', () => {
        options.onStep?.('pull:applied');
        writeCursor(db, page.nextCursor);
      }),
    );
    options.onStep?.('pull:saved');
    report.pulled += page.changes.length;
    if (!page.hasMore) return page.checksum;
    if (page.nextCursor <= since) throw new Error('The server returned a page without progress');
  }
}

async function downloadSnapshot(
  ws: Workspace,
  transport: SyncTransport,
  applier: RemoteApplier,
  options: RoundOptions,
  count: (applied: ApplyReport) => void,
): Promise<number> {
  const db = ws.db.sqlite;
  let rows = 0;
  let progress = readSnapshotProgress(db);
  for (;;) {
    const page = await transport.snapshot({
      ...(progress?.after ? { after: progress.after } : {}),
      limit: options.pageSize ?? DEFAULT_PAGE,
    });
    // The first page fixes where the log tail starts: pages read later may hold newer values,
    // which field-level LWW makes harmless when the tail brings them again.
    const started = progress ?? {
      after: null,
      seq: page.seq,
      checksum: page.checksum,
      ...(page.total === undefined ? {} : { total: page.total }),
    };
    const received = (started.received ?? 0) + page.rows.length;
    const next = { ...started, after: page.next, received };
    count(
      applier.apply(snapshotChanges(page.rows), 'snapshot', () => {
        options.onStep?.('snapshot:applied');
        if (page.next) writeSnapshotProgress(db, next);
        else {
          writeSnapshotProgress(db, null);
          writeCursor(db, started.seq);
          resetChecksum(db, started.checksum);
        }
      }),
    );
    options.onStep?.('snapshot:saved');
    rows += page.rows.length;
    reportProgress(received, Math.max(started.total ?? 0, received));
    if (!page.next) return rows;
    progress = next;
  }
}
