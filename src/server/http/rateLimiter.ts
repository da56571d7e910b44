/**
 * The server's rate limits, kept in the store's buckets so that every process on one store
 * counts together: requests per user, and failed authentications per remote address. A valid
 * token is never held back by its address's failures, so a teammate behind the same NAT (or
 * proxy) as a misconfigured laptop or an attacker keeps working.
 *
 * A write to the store for every request cost more than the request itself (on SQLite it also
 * drops the other connection's page cache), so a process takes a lease of a few tokens at a time
 * and spends them from memory. Every token spent was taken from the shared bucket first, so
 * processes together never pass the budget; a lease is short-lived and its unused tokens go back
 * with the next take, so it holds back at most a few tokens for a moment. Small buckets (the
 * tests', and the failed authentications') lease one token: exactly one take per request.
 */
import type { RateBuckets, RateLimit } from '../store/rateBuckets';

export type { RateLimit } from '../store/rateBuckets';

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 50, burst: 200 };
/** 20 bad tokens at once, then one every 5 s: a mistyped token is retried, a guesser waits. */
export const DEFAULT_AUTH_FAILURE_LIMIT: RateLimit = { perSecond: 0.2, burst: 20 };

/** How often, at most, buckets that have long been full are removed. */
const SWEEP_EVERY_MS = 10 * 60_000;
/** How long a process may spend a lease before its tokens go back to the shared bucket. */
export const LEASE_MS = 1000;

/** Tokens one take leases: a sixteenth of the bucket, so a burst is shared fairly. */
export function leaseSize(limit: RateLimit): number {
  return Math.max(1, Math.min(64, Math.floor(limit.burst / 16)));
}

interface Lease {
  tokens: number;
  takenMs: number;
}

export function checkRateLimit(name: string, limit: RateLimit): RateLimit {
  if (!(Number.isFinite(limit.perSecond) && limit.perSecond > 0))
    throw new Error(`${name}: perSecond must be a positive number, got ${limit.perSecond}`);
  if (!(Number.isFinite(limit.burst) && limit.burst >= 1))
    throw new Error(`${name}: burst must be at least 1, got ${limit.burst}`);
  return limit;
}

export class RateLimiter {
  private lastSweep: number;
  private readonly leases = new Map<string, Lease>();
  /** Long enough for any bucket to be full again, so forgetting it changes nothing. */
  private readonly idleMs: number;

  constructor(
    private readonly buckets: RateBuckets,
    private readonly perUser: RateLimit,
    private readonly authFailures: RateLimit,
    private readonly now: () => number,
    private readonly onSweepError: (error: unknown) => void,
  ) {
    checkRateLimit('rate limit', perUser);
    checkRateLimit('failed authentication limit', authFailures);
    this.lastSweep = now();
    this.idleMs = Math.max(
      60 * 60_000,
      ...[perUser, authFailures].map((l) => (l.burst / l.perSecond) * 1000 * 2),
    );
  }

  /** 0 when the user's request may go ahead, else the seconds to wait. */
  request(userId: number): Promise<number> {
    return this.take(`user:${userId}`, this.perUser);
  }

  /** Counts a request without a valid token from `address`: 0 while under the limit. */
  failedAuthentication(address: string): Promise<number> {
    return this.take(`addr:${address}`, this.authFailures);
  }

  private async take(key: string, limit: RateLimit): Promise<number> {
    const now = this.now();
    if (now - this.lastSweep > SWEEP_EVERY_MS) {
      this.lastSweep = now;
      this.forgetExpiredLeases(now);
      void this.buckets.sweep(now - this.idleMs).catch(this.onSweepError);
    }
    const lease = this.leases.get(key);
    if (lease && lease.tokens >= 1 && !expired(lease, now)) {
      lease.tokens -= 1;
      return 0;
    }
    this.leases.delete(key);
    const { granted, wait } = await this.buckets.take(
      key,
      limit,
      now,
      leaseSize(limit),
      lease?.tokens ?? 0,
    );
    if (granted > 1) {
      // Another request of this key may have leased meanwhile (an asynchronous store): add up.
      const other = this.leases.get(key);
      if (other) other.tokens += granted - 1;
      else this.leases.set(key, { tokens: granted - 1, takenMs: now });
    }
    return wait;
  }

  /** Leases of keys that stopped asking; their few tokens are full again in the store soon. */
  private forgetExpiredLeases(now: number): void {
    for (const [key, lease] of this.leases) if (expired(lease, now)) this.leases.delete(key);
  }
}

function expired(lease: Lease, now: number): boolean {
  // A clock that went back also ends a lease.
  return now - lease.takenMs >= LEASE_MS || now < lease.takenMs;
}
