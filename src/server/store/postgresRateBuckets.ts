/**
 * The PostgreSQL store's rate buckets: one statement per take on the shared pool. The table is
 * UNLOGGED (see its migration), so a take writes no WAL and its commit does not wait for a flush.
 */
import type pg from 'pg';
import {
  grantOf,
  takeTokenSql,
  type Grant,
  type RateBuckets,
  type RateLimit,
  type TakeRow,
} from './rateBuckets';

const TAKE = takeTokenSql('postgres');

export class PostgresRateBuckets implements RateBuckets {
  constructor(private readonly pool: pg.Pool) {}

  async take(
    key: string,
    limit: RateLimit,
    nowMs: number,
    want: number,
    giveBack: number,
  ): Promise<Grant> {
    const { rows } = await this.pool.query<TakeRow>(TAKE, [
      key,
      limit.burst,
      limit.perSecond,
      Math.floor(nowMs),
      want,
      giveBack,
    ]);
    const row = rows[0];
    if (!row) throw new Error(`The rate bucket "${key}" was not written`);
    return grantOf(row, limit);
  }

  async sweep(beforeMs: number): Promise<number> {
    const result = await this.pool.query('DELETE FROM rate_buckets WHERE at_ms < $1', [
      Math.floor(beforeMs),
    ]);
    return result.rowCount ?? 0;
  }
}
