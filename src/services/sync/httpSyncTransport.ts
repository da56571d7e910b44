/** The sync protocol over HTTP with fetch: bearer token, JSON, a timeout per request. */
import type {
  PullQuery,
  PullResponse,
  PushRequest,
  PushResponse,
  SnapshotQuery,
  SnapshotResponse,
  SyncErrorBody,
} from '../../shared/sync/syncProtocol';
import { sendsTokenInTheClear } from '../../shared/sync/serverAddress';
import { networkReason } from './networkReason';
import { SyncOfflineError, SyncServerError, type SyncTransport } from './syncTransport';

export interface HttpTransportOptions {
  serverUrl: string;
  token: string;
  /** The user accepted sending the token unencrypted to a plain http:// server elsewhere. */
  allowInsecureHttp?: boolean | undefined;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Plain http:// to another computer, which the user did not allow: the token would be readable. */
export class InsecureServerUrlError extends Error {
  readonly code = 'insecureHttp';
  constructor(readonly serverUrl: string) {
    super(
      `Refusing to send this device's token over plain http:// to ${new URL(serverUrl).host}, ` +
        'which is not this computer: anyone on the network could read it and sync as you. ' +
        'Use an https:// address, or allow plain http to it explicitly if you accept that risk',
    );
    this.name = 'InsecureServerUrlError';
  }
}

/** Throws InsecureServerUrlError unless the token may go to `url`. */
export function checkServerUrlSecurity(url: string, allowInsecureHttp: boolean): void {
  if (sendsTokenInTheClear(url) && !allowInsecureHttp) throw new InsecureServerUrlError(url);
}

export function normalizeServerUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new Error(`"${url}" is not a URL; use e.g. https://sync.example.com`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new Error(`The server URL must start with http:// or https://, got "${url}"`);
  return parsed.toString().replace(/\/+$/, '');
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) search.set(key, String(value));
  return search.toString();
}

/** The server's clock from the error body, else from the HTTP Date header (whole seconds). */
function serverTime(stated: unknown, dateHeader: string | null): string | null {
  for (const value of [stated, dateHeader]) {
    const millis = typeof value === 'string' ? Date.parse(value) : NaN;
    if (Number.isFinite(millis)) return new Date(millis).toISOString();
  }
  return null;
}

export function httpSyncTransport(options: HttpTransportOptions): SyncTransport {
  const base = normalizeServerUrl(options.serverUrl);
  // Checked before any request, so the token never leaves in the clear.
  checkServerUrlSecurity(base, options.allowInsecureHttp === true);
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 60_000;

  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        ...init,
        headers: {
          authorization: `Bearer ${options.token}`,
          'content-type': 'application/json',
        },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const { reason, cause } = networkReason(error);
      throw new SyncOfflineError(
        `Cannot reach ${base}: ${cause instanceof Error ? cause.message : String(cause)}`,
        reason,
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      const { reason, cause } = networkReason(error);
      throw new SyncOfflineError(
        `The answer from ${base} was cut off: ${cause instanceof Error ? cause.message : String(cause)}`,
        reason === 'unreachable' ? 'reset' : reason,
      );
    }
    if (response.ok) {
      try {
        return JSON.parse(text) as T;
      } catch {
        // Something answered 200 that is not our server (a captive portal, a web page).
        throw new SyncServerError(
          response.status,
          'unexpected',
          `The server answered ${response.status} with something that is not JSON`,
        );
      }
    }
    let body: Partial<SyncErrorBody> = {};
    try {
      body = JSON.parse(text) as SyncErrorBody;
    } catch {
      // Not our server, or a proxy's error page: report the status.
    }
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new SyncServerError(
      response.status,
      body.error?.code ?? 'unexpected',
      body.error?.message ?? `The server answered ${response.status} ${response.statusText}`,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      serverTime(body.error?.serverTime, response.headers.get('date')),
    );
  }

  return {
    push: (request: PushRequest) =>
      call<PushResponse>('/v1/push', { method: 'POST', body: JSON.stringify(request) }),
    pull: (q: PullQuery) =>
      call<PullResponse>(
        `/v1/pull?${query({ since: q.since, limit: q.limit, clientId: q.clientId, own: q.own })}`,
      ),
    snapshot: (q: SnapshotQuery) =>
      call<SnapshotResponse>(`/v1/snapshot?${query({ after: q.after, limit: q.limit })}`),
  };
}
