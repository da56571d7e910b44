/**
 * The SQLite store's rate buckets. They have a connection of their own with `synchronous =
 * NORMAL`: in WAL mode its commits do not wait for the disk (the change log's connection keeps
 * FULL), so limiting a pull costs no fsync. A crash may forget the last takes, which only
 * refills some buckets. Other processes on the same file share the table through SQLite's lock.
 */
import Database from 'better-sqlite3';
import {
  grantOf,
  takeTokenSql,
  type Grant,
  type RateBuckets,
  type RateLimit,
  type TakeRow,
} from './rateBuckets';

export class SqliteRateBuckets implements RateBuckets {
  private readonly takeStatement: Database.Statement;
  private readonly sweepStatement: Database.Statement;

  /** With `owned`, close() closes `db`; an in-memory store shares its one connection. */
  constructor(
    private readonly db: Database.Database,
    private readonly owned = false,
  ) {
    this.takeStatement = db.prepare(takeTokenSql('sqlite'));
    this.sweepStatement = db.prepare('DELETE FROM rate_buckets WHERE at_ms < ?');
  }

  static open(file: string): SqliteRateBuckets {
    const db = new Database(file);
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 10000');
    return new SqliteRateBuckets(db, true);
  }

  take(
    key: string,
    limit: RateLimit,
    nowMs: number,
    want: number,
    giveBack: number,
  ): Promise<Grant> {
    const row = this.takeStatement.get({
      key,
      burst: limit.burst,
      perSecond: limit.perSecond,
      nowMs: Math.floor(nowMs),
      want,
      giveBack,
    }) as TakeRow;
    return Promise.resolve(grantOf(row, limit));
  }

  sweep(beforeMs: number): Promise<number> {
    return Promise.resolve(this.sweepStatement.run(Math.floor(beforeMs)).changes);
  }

  close(): void {
    if (this.owned) this.db.close();
  }
}
