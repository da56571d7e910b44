import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteSyncStore } from '../store/sqliteSyncStore';
import { LEASE_MS, RateLimiter, leaseSize, type RateLimit } from './rateLimiter';

const AUTH: RateLimit = { perSecond: 0.2, burst: 20 };
let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup) await c();
  cleanup = [];
});

/** `count` limiters, each on a store connection of its own to one file, sharing one clock. */
function limiters(count: number, limit: RateLimit, clock: { ms: number }): RateLimiter[] {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-rate-'));
  const stores = Array.from({ length: count }, () => SqliteSyncStore.inFolder(dir));
  cleanup.push(async () => {
    for (const s of stores) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return stores.map(
    (s) =>
      new RateLimiter(
        s.rateBuckets,
        limit,
        AUTH,
        () => clock.ms,
        () => {},
      ),
  );
}

async function granted(limiter: RateLimiter, n: number): Promise<number> {
  let count = 0;
  for (let i = 0; i < n; i++) if ((await limiter.request(1)) === 0) count++;
  return count;
}

describe('rate limits leased from the shared buckets', () => {
  it('lease one token from small buckets and several from large ones', () => {
    expect(leaseSize({ perSecond: 1, burst: 6 })).toBe(1);
    expect(leaseSize(AUTH)).toBe(1);
    expect(leaseSize({ perSecond: 50, burst: 200 })).toBe(12);
    expect(leaseSize({ perSecond: 1e6, burst: 1e6 })).toBe(64);
  });

  it('grant one process exactly the burst, then say how long to wait', async () => {
    const clock = { ms: 1_000_000 };
    const [one] = limiters(1, { perSecond: 50, burst: 200 }, clock);
    expect(await granted(one!, 250)).toBe(200);
    expect(await one!.request(1)).toBe(1);
  });

  it('never let processes together pass the budget, and give unused leases back', async () => {
    const clock = { ms: 1_000_000 };
    const limit = { perSecond: 0.0001, burst: 64 };
    const processes = limiters(3, limit, clock);
    let count = 0;
    for (let i = 0; i < 300; i++) if ((await processes[i % 3]!.request(1)) === 0) count++;
    // Each process may hold back the rest of its last lease for a moment, never more.
    expect(count).toBeLessThanOrEqual(64);
    expect(count).toBeGreaterThanOrEqual(64 - 3 * (leaseSize(limit) - 1));
    // Once the leases end, what they held goes back: the budget is spent exactly.
    clock.ms += LEASE_MS;
    for (let i = 0; i < 300; i++) if ((await processes[i % 3]!.request(1)) === 0) count++;
    expect(count).toBe(64);
  });

  it('keep a steady user at the refill rate working (leases do not leak tokens)', async () => {
    const clock = { ms: 1_000_000 };
    const [one] = limiters(1, { perSecond: 0.5, burst: 200 }, clock);
    for (let i = 0; i < 1000; i++) {
      expect(await one!.request(1)).toBe(0);
      clock.ms += 2000;
    }
  });

  it('count failed authentications one by one', async () => {
    const clock = { ms: 1_000_000 };
    const [a, b] = limiters(2, { perSecond: 50, burst: 200 }, clock);
    const waits: number[] = [];
    for (let i = 0; i < 24; i++)
      waits.push(await (i % 2 ? b! : a!).failedAuthentication('10.0.0.1'));
    expect(waits.slice(0, 20)).toEqual(Array<number>(20).fill(0));
    expect(waits.slice(20)).toEqual([5, 5, 5, 5]);
  });
});
