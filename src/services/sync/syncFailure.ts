/**
 * What went wrong in a sync round, as the status shows it: a code the UI words in the user's
 * language, the facts it needs (the server's address, an HTTP status, a wait), and the raw
 * message as the detail for support. Network failures leave the device "offline"; the rest are
 * errors.
 */
import type { SyncFailureCode, SyncFailureFacts } from '../../shared/sync/syncFailureWords';
import { InsecureServerUrlError } from './httpSyncTransport';
import { SyncDivergedError, SyncPushRefusedError } from './syncRound';
import { SyncOfflineError, SyncServerError } from './syncTransport';

export interface SyncFailure {
  kind: 'offline' | 'error';
  code: SyncFailureCode;
  facts: SyncFailureFacts;
  /** The raw message, for support. */
  detail: string;
  /** A push refused for a clock far ahead (aheadMs null when the server did not say). */
  clock?: { aheadMs: number | null };
}

/** host[:port] of the server, as the user typed it in Sync settings. */
export function serverOf(serverUrl: string): string {
  try {
    return new URL(serverUrl).host;
  } catch {
    return serverUrl;
  }
}

const BY_SERVER_CODE: Partial<Record<string, SyncFailureCode>> = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  rate_limited: 'rate_limited',
  payload_too_large: 'too_large',
  invalid_change: 'rejected',
  bad_request: 'rejected',
  change_conflict: 'rejected',
  node_taken: 'rejected',
  clock_drift: 'rejected',
  quota_exceeded: 'quota',
  internal: 'server_error',
  not_found: 'not_a_server',
};

function serverFailureCode(error: SyncServerError): SyncFailureCode {
  const known = BY_SERVER_CODE[error.code];
  if (known) return known;
  if (error.status === 401) return 'unauthorized';
  if (error.status === 429) return 'rate_limited';
  return error.status >= 500 ? 'server_error' : 'not_a_server';
}

export function describeSyncFailure(error: unknown, serverUrl: string): SyncFailure {
  const detail = error instanceof Error ? error.message : String(error);
  const facts: SyncFailureFacts = { server: serverOf(serverUrl) };
  if (error instanceof SyncOfflineError)
    return { kind: 'offline', code: error.reason, facts, detail };
  if (error instanceof InsecureServerUrlError)
    return { kind: 'error', code: error.code, facts, detail };
  if (error instanceof SyncDivergedError) return { kind: 'error', code: 'diverged', facts, detail };
  if (error instanceof SyncServerError) {
    const failure: SyncFailure = {
      kind: 'error',
      code: serverFailureCode(error),
      facts: {
        ...facts,
        status: error.status,
        ...(error.retryAfter ? { retryAfterSeconds: error.retryAfter } : {}),
      },
      detail,
    };
    if (error instanceof SyncPushRefusedError && error.code === 'clock_drift')
      failure.clock = { aheadMs: error.clockAheadMs };
    return failure;
  }
  return { kind: 'error', code: 'unknown', facts, detail };
}
