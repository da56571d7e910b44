/**
 * One full sync round (DESIGN.md §8): a new device first downloads the team snapshot; then
 * every local change is pushed, every remote change is pulled and applied, and — when nothing is
 * left to push — the replica's checksum is compared with the server's. A mismatch triggers one
 * repair pass (re-push everything, re-pull everything); both are idempotent.
 *
 * Each step commits before the next, with its cursor in the same transaction, so a crash at any
 * point costs at most a repeat of the step that was cut short.
 */
import { ZERO_CHECKSUM } from '../../core/sync/changeChecksum';
import { isUnused } from '../../db/changeCapture/changeLog';
import { RemoteApplier, type ApplyReport } from '../../db/sync/remoteApplier';
import {
  markAllUnpushed,
  markPushed,
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
import { DEFAULT_PAGE, type SyncChange } from '../../shared/sync/syncProtocol';
import type { Workspace } from '../workspace';
import { snapshotChanges } from './snapshotChanges';
import type { SyncTransport } from './syncTransport';

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
}

export class SyncDivergedError extends Error {
  constructor() {
    super('This device still differs from the server after a full repair; please report this');
    this.name = 'SyncDivergedError';
  }
}

export async function runSyncRound(
  ws: Workspace,
  transport: SyncTransport,
  options: RoundOptions = {},
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

  await pushAll(ws, transport, options, report);
  let checksum = await pullAll(ws, transport, applier, options, false, report, count);
  if (pendingCount(db) === 0) {
    report.inSync = replicaChecksum(db) === checksum;
    if (!report.inSync) {
      // Repair: offer every local change again and fetch every change again, ours included.
      report.repaired = true;
      markAllUnpushed(db);
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
    }
  }
  report.cursor = readCursor(db);
  writeLastSync(db, ws.nowIso());
  return report;
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
    const started = progress ?? { after: null, seq: page.seq, checksum: page.checksum };
    const next = { ...started, after: page.next };
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
    if (!page.next) return rows;
    progress = next;
  }
}
