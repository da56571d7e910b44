/**
 * Token buckets kept in the store, so that every server process on one store (one SQLite file,
 * one PostgreSQL database) shares a user's limit instead of multiplying it. A take is a single
 * upsert, atomic in both stores: refill by the time passed, then take a token if there is one.
 */

export interface RateLimit {
  /** Tokens added per second. */
  perSecond: number;
  /** Tokens a full bucket holds: requests that may go at once. */
  burst: number;
}

export interface RateBuckets {
  /** Takes a token from bucket `key`: 0 when granted, else the seconds to wait. */
  take(key: string, limit: RateLimit, nowMs: number): Promise<number>;
  /** Forgets buckets untouched since `beforeMs` (full again by then); returns how many. */
  sweep(beforeMs: number): Promise<number>;
}

/** What the take statement returns: the tokens left, and whether this take got one. */
export interface TakeRow {
  tokens: number;
  granted: number;
}

export function waitSeconds(row: TakeRow, limit: RateLimit): number {
  if (row.granted === 1) return 0;
  return Math.max(1, Math.ceil((1 - row.tokens) / limit.perSecond));
}

/**
 * The take statement in either store's SQL: the one definition of the bucket arithmetic.
 * Parameters: key, burst, perSecond, nowMs. A clock that went back refills nothing.
 */
export function takeTokenSql(dialect: 'sqlite' | 'postgres'): string {
  const sqlite = dialect === 'sqlite';
  const [least, greatest] = sqlite ? ['min', 'max'] : ['LEAST', 'GREATEST'];
  const key = sqlite ? '@key' : '$1::text';
  const burst = sqlite ? '@burst' : '$2::float8';
  const rate = sqlite ? '@perSecond' : '$3::float8';
  const now = sqlite ? '@nowMs' : '$4::bigint';
  const refilled = `${least}(${burst}, rate_buckets.tokens + ${greatest}(0, ${now} - rate_buckets.at_ms) * ${rate} / 1000.0)`;
  return `INSERT INTO rate_buckets (bucket, tokens, at_ms, granted) VALUES (${key}, ${burst} - 1, ${now}, 1)
    ON CONFLICT (bucket) DO UPDATE SET
      tokens = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
      at_ms = ${greatest}(rate_buckets.at_ms, ${now}),
      granted = CASE WHEN ${refilled} >= 1 THEN 1 ELSE 0 END
    RETURNING tokens, granted`;
}
