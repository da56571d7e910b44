/**
 * How a replica talks to the sync server. The HTTP transport is the real one; tests wrap it (or
 * the server app's in-process fetch) to drop, repeat or reorder deliveries.
 */
import type {
  PullQuery,
  PullResponse,
  PushRequest,
  PushResponse,
  SnapshotQuery,
  SnapshotResponse,
  SyncErrorCode,
} from '../../shared/sync/syncProtocol';

export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(query: PullQuery): Promise<PullResponse>;
  snapshot(query: SnapshotQuery): Promise<SnapshotResponse>;
}

/** Why the server could not be reached. */
export type NetworkReason = 'unreachable' | 'refused' | 'reset' | 'timeout' | 'dns' | 'tls';

/** The server could not be reached (no network, DNS, refused, timed out). */
export class SyncOfflineError extends Error {
  constructor(
    message: string,
    readonly reason: NetworkReason = 'unreachable',
  ) {
    super(message);
    this.name = 'SyncOfflineError';
  }
}

/** The server answered with an error. */
export class SyncServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: SyncErrorCode | 'unexpected',
    message: string,
    /** Seconds the server asked us to wait (429). */
    readonly retryAfter: number | null = null,
    /** The server's clock when it answered (ISO), where it said. */
    readonly serverTime: string | null = null,
  ) {
    super(message);
    this.name = 'SyncServerError';
  }
}
