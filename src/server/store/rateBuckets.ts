/**
 * Token buckets kept in the store, so that every server process on one store (one SQLite file,
 * one PostgreSQL database) shares a user's limit instead of multiplying it. A take is a single
 * upsert, atomic in both stores: give back a process's unused tokens, refill by the time passed,
 * then take up to the tokens asked for (at least one, or none). A process takes a few tokens at
 * a time and spends them from memory (rateLimiter.ts), so most requests never write here.
 */

export interface RateLimit {
  /** Tokens added per second. */
  perSecond: number;
  /** Tokens a full bucket holds: requests that may go at once. */
  burst: number;
}

export interface Grant {
  /** Tokens taken: between 1 and those asked for, or 0 when the bucket had less than one. */
  granted: number;
  /** When none was granted, the seconds to wait for one; else 0. */
  wait: number;
}

export interface RateBuckets {
  /**
   * Gives `giveBack` unused tokens back to bucket `key` (never past a full bucket), then takes
   * up to `want` of its tokens.
   */
  take(
    key: string,
    limit: RateLimit,
    nowMs: number,
    want: number,
    giveBack: number,
  ): Promise<Grant>;
  /** Forgets buckets untouched since `beforeMs` (full again by then); returns how many. */
  sweep(beforeMs: number): Promise<number>;
}

/** What the take statement returns: the tokens left, and how many this take got. */
export interface TakeRow {
  tokens: number;
  granted: number;
}

export function grantOf(row: TakeRow, limit: RateLimit): Grant {
  const granted = Number(row.granted);
  if (granted >= 1) return { granted, wait: 0 };
  return { granted: 0, wait: Math.max(1, Math.ceil((1 - row.tokens) / limit.perSecond)) };
}

/**
 * The take statement in either store's SQL: the one definition of the bucket arithmetic.
 * Parameters: key, burst, perSecond, nowMs, want, giveBack. A clock that went back refills
 * nothing. Tokens given back late count as if never taken: capped at a full bucket either way.
 * (The `granted` column, once 0 or 1, holds the count of the last take.)
 */
export function takeTokenSql(dialect: 'sqlite' | 'postgres'): string {
  const sqlite = dialect === 'sqlite';
  const [least, greatest] = sqlite ? ['min', 'max'] : ['LEAST', 'GREATEST'];
  const key = sqlite ? '@key' : '$1::text';
  const burst = sqlite ? '@burst' : '$2::float8';
  const rate = sqlite ? '@perSecond' : '$3::float8';
  const now = sqlite ? '@nowMs' : '$4::bigint';
  const want = sqlite ? '@want' : '$5::float8';
  const giveBack = sqlite ? '@giveBack' : '$6::float8';
  // Whole tokens of a non-negative amount (a cast rounds in PostgreSQL, truncates in SQLite).
  const whole = (x: string) => (sqlite ? `CAST(${x} AS INTEGER)` : `floor(${x})`);
  const refilled = `${least}(${burst}, rate_buckets.tokens + ${greatest}(0, ${now} - rate_buckets.at_ms) * ${rate} / 1000.0 + ${giveBack})`;
  const taken = `CASE WHEN ${refilled} >= 1 THEN ${least}(${want}, ${whole(refilled)}) ELSE 0 END`;
  const first = `${least}(${want}, ${whole(burst)})`;
  return `INSERT INTO rate_buckets (bucket, tokens, at_ms, granted) VALUES (${key}, ${burst} - ${first}, ${now}, ${first})
    ON CONFLICT (bucket) DO UPDATE SET
      tokens = ${refilled} - ${taken},
      at_ms = ${greatest}(rate_buckets.at_ms, ${now}),
      granted = ${taken}
    RETURNING tokens, granted`;
}
