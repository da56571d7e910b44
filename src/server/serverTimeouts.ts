/**
 * How long the sync server waits on a client. Node's own defaults let a request's body take five
 * minutes, so a client sending a Content-Length it never delivers would hold a connection (and
 * its memory) that long; these are sized for a push of the largest body on a slow field link.
 */
import type { ServerOptions } from 'node:http';

export interface ServerTimeouts {
  /** To receive a request's headers. */
  headersMs: number;
  /** To receive a whole request, body included (at least headersMs). */
  requestMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
};

/** The problem with a set of timeouts, or null when Node can use them. */
export function timeoutsProblem(t: ServerTimeouts): string | null {
  for (const [name, ms] of Object.entries(t))
    if (!Number.isInteger(ms) || ms < 1) return `${name} must be a positive whole number of ms`;
  if (t.headersMs > t.requestMs)
    return 'the headers timeout may not be longer than the request timeout';
  return null;
}

export function httpServerOptions(t: ServerTimeouts): ServerOptions {
  const problem = timeoutsProblem(t);
  if (problem) throw new Error(`Invalid server timeouts: ${problem}`);
  return {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.keepAliveMs,
    // Node looks for expired requests this often (30 s by default, longer than short timeouts).
    connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(t.headersMs / 4))),
  };
}
