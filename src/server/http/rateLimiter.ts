/**
 * The server's rate limits, kept in the store's buckets so that every process on one store
 * counts together: requests per user, and failed authentications per remote address. A valid
 * token is never held back by its address's failures, so a teammate behind the same NAT (or
 * proxy) as a misconfigured laptop or an attacker keeps working.
 */
import type { RateBuckets, RateLimit } from '../store/rateBuckets';

export type { RateLimit } from '../store/rateBuckets';

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 50, burst: 200 };
/** 20 bad tokens at once, then one every 5 s: a mistyped token is retried, a guesser waits. */
export const DEFAULT_AUTH_FAILURE_LIMIT: RateLimit = { perSecond: 0.2, burst: 20 };

/** How often, at most, buckets that have long been full are removed. */
const SWEEP_EVERY_MS = 10 * 60_000;

export function checkRateLimit(name: string, limit: RateLimit): RateLimit {
  if (!(Number.isFinite(limit.perSecond) && limit.perSecond > 0))
    throw new Error(`${name}: perSecond must be a positive number, got ${limit.perSecond}`);
  if (!(Number.isFinite(limit.burst) && limit.burst >= 1))
    throw new Error(`${name}: burst must be at least 1, got ${limit.burst}`);
  return limit;
}

export class RateLimiter {
  private lastSweep: number;
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

  private take(key: string, limit: RateLimit): Promise<number> {
    const now = this.now();
    if (now - this.lastSweep > SWEEP_EVERY_MS) {
      this.lastSweep = now;
      void this.buckets.sweep(now - this.idleMs).catch(this.onSweepError);
    }
    return this.buckets.take(key, limit, now);
  }
}
