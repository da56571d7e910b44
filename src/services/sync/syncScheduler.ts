/**
 * Background sync for a host (Electron main, local web host): a round soon after local changes,
 * one every minute otherwise, backoff after failures (honouring the server's Retry-After), and
 * "Sync now". Rounds never overlap and never block the UI: reads and writes stay local.
 */
import { countOpenConflicts } from '../../db/sync/conflictRepository';
import { pendingCount } from '../../db/sync/syncLog';
import { readSyncSettings, writeSyncSettings, type SyncSettings } from '../../db/sync/syncSettings';
import { readLastSync } from '../../db/sync/syncState';
import type { SyncStatusView } from '../../shared/api/views';
import type { Workspace } from '../workspace';
import { ensureHealthCurrent } from '../health/healthRefresh';
import { checkServerUrlSecurity, httpSyncTransport, normalizeServerUrl } from './httpSyncTransport';
import { lastNodeChange, restampForNewServer } from './nodeIdentity';
import { resetSyncState } from './syncReset';
import { describeSyncFailure, type SyncFailure } from './syncFailure';
import { runSyncRound, SyncPushRefusedError, type RoundReport } from './syncRound';
import { SyncServerError, type SyncTransport } from './syncTransport';

export interface SchedulerOptions {
  intervalMs?: number | undefined;
  /** Wait after a local change before syncing, so a burst of edits goes in one round. */
  debounceMs?: number | undefined;
  maxBackoffMs?: number | undefined;
  transportFor?: (settings: SyncSettings) => SyncTransport;
}

export class SyncScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The last round started or queued; rounds run one after another along it. */
  private chain: Promise<void> = Promise.resolve();
  /** A round queued behind the running one, which new requests join. */
  private queued: Promise<void> | null = null;
  private active = false;
  private failures = 0;
  private failure: SyncFailure | null = null;
  private nextAt: number | null = null;
  private lastReport: RoundReport | null = null;
  private remoteVersion = 0;
  private stopped = true;
  private readonly intervalMs: number;
  private readonly debounceMs: number;
  private readonly maxBackoffMs: number;
  private readonly transportFor: (settings: SyncSettings) => SyncTransport;

  constructor(
    private readonly ws: Workspace,
    options: SchedulerOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 60_000;
    this.debounceMs = options.debounceMs ?? 2_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000;
    this.transportFor = options.transportFor ?? ((s) => httpSyncTransport(s));
  }

  start(): void {
    this.stopped = false;
    this.schedule(500);
  }

  stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.chain;
  }

  /** Local data changed: sync soon (unless a failure asked us to wait longer). */
  localChange(): void {
    if (this.failure === null) this.schedule(this.debounceMs);
  }

  /**
   * The network came back or the machine woke up: a round at once, whatever a backoff after
   * failures said, and the background rhythm from there.
   */
  networkBack(): SyncStatusView {
    this.failures = 0;
    this.schedule(0);
    return this.status();
  }

  async syncNow(): Promise<SyncStatusView> {
    this.failures = 0;
    await this.round();
    return this.status();
  }

  /** Saves the server and token and syncs; refuses plain http elsewhere unless allowed. */
  configure(serverUrl: string, token: string, allowInsecureHttp = false): Promise<SyncStatusView> {
    const url = normalizeServerUrl(serverUrl);
    checkServerUrlSecurity(url, allowInsecureHttp);
    const db = this.ws.db.sqlite;
    db.transaction(() => {
      // A new server never saw changes made under an earlier node id: they go as this node's.
      if (readSyncSettings(db)?.serverUrl !== url) restampForNewServer(this.ws);
      writeSyncSettings(db, { serverUrl: url, token: token.trim(), allowInsecureHttp });
    })();
    this.failure = null;
    return this.syncNow();
  }

  /** Another user signs in on this device: new node id, log read from the start, nothing lost. */
  async reset(): Promise<SyncStatusView> {
    await this.chain;
    resetSyncState(this.ws);
    this.failure = null;
    this.lastReport = null;
    return this.status();
  }

  disconnect(): SyncStatusView {
    writeSyncSettings(this.ws.db.sqlite, null);
    this.failure = null;
    this.lastReport = null;
    return this.status();
  }

  status(): SyncStatusView {
    const db = this.ws.db.sqlite;
    const settings = readSyncSettings(db);
    const pending = pendingCount(db);
    const lastSyncAt = readLastSync(db);
    const state: SyncStatusView['state'] = !settings
      ? 'not_configured'
      : this.active
        ? 'syncing'
        : this.failure
          ? this.failure.kind
          : !lastSyncAt
            ? 'never_synced'
            : pending > 0
              ? 'pending'
              : 'up_to_date';
    return {
      state,
      pending,
      conflicts: countOpenConflicts(db),
      serverUrl: settings?.serverUrl ?? null,
      lastSyncAt,
      error: this.failure?.detail ?? null,
      errorCode: this.failure?.code ?? null,
      errorFacts: this.failure?.facts ?? null,
      nextAttemptAt: this.nextAt ? new Date(this.nextAt).toISOString() : null,
      remoteVersion: this.remoteVersion,
      lastRound: this.lastReport
        ? {
            pushed: this.lastReport.pushed,
            pulled: this.lastReport.pulled,
            conflicts: this.lastReport.conflicts,
          }
        : null,
      clock: this.failure?.clock ?? null,
      nodeChange: nodeChangeView(this.ws),
    };
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.nextAt = Date.now() + delayMs;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.round();
    }, delayMs);
    this.timer.unref?.();
  }

  /** Runs a round after any running one; requests made meanwhile share that next round. */
  private round(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.chain.then(async () => {
      this.queued = null;
      this.active = true;
      try {
        await this.execute();
      } finally {
        this.active = false;
      }
    });
    this.queued = next;
    this.chain = next;
    return next;
  }

  private async execute(): Promise<void> {
    const settings = readSyncSettings(this.ws.db.sqlite);
    if (!settings) return;
    this.nextAt = null;
    let retryAfterMs: number | null = null;
    try {
      this.received(await runSyncRound(this.ws, this.transportFor(settings)));
      this.failure = null;
      this.failures = 0;
    } catch (error) {
      // The push was refused, but what the pull brought is in.
      if (error instanceof SyncPushRefusedError) this.received(error.report);
      this.failures++;
      this.failure = describeSyncFailure(error, settings.serverUrl);
      if (error instanceof SyncServerError && error.retryAfter)
        retryAfterMs = error.retryAfter * 1000;
    }
    const backoff = Math.min(this.maxBackoffMs, 5_000 * 2 ** Math.max(0, this.failures - 1));
    this.schedule(this.failure ? Math.max(retryAfterMs ?? 0, backoff) : this.intervalMs);
  }

  private received(report: RoundReport): void {
    this.lastReport = report;
    if (report.fieldsWritten > 0) {
      // What arrived may change health and fire or clear alerts.
      ensureHealthCurrent(this.ws);
      this.remoteVersion++;
    } else if (report.quarantined > 0) this.remoteVersion++;
  }
}

function nodeChangeView(ws: Workspace): SyncStatusView['nodeChange'] {
  const change = lastNodeChange(ws);
  return change ? { reason: change.reason, at: change.at, kept: change.restamped } : null;
}
