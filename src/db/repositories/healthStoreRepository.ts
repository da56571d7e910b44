/**
 * The stored health scores, their daily snapshots and the dirty marks that say which accounts
 * must be scored again (DESIGN.md §4). All local to this device; nothing here syncs.
 */
import type Database from 'better-sqlite3';
import { prepared, preparedFor } from '../preparedStatement';

export interface StoredScore {
  accountId: string;
  asOf: string;
  score: number;
  band: string;
  profile: string;
  stage: string;
  scorecardVersion: number;
  trend: number | null;
  /** JSON of the top drivers. */
  drivers: string;
}

export interface DirtyMarks {
  /** Every account must be scored again. */
  all: boolean;
  /** Account id → mark count seen, to clear only what was seen. */
  marks: Map<string, number>;
}

export function readDirty(db: Database.Database): DirtyMarks {
  const rows = prepared(db, 'SELECT account_id, n FROM health_dirty').raw().all() as [
    string,
    number,
  ][];
  const marks = new Map(rows);
  return { all: marks.has('*'), marks };
}

export function clearDirty(db: Database.Database, marks: Map<string, number>): void {
  const clear = prepared(db, 'DELETE FROM health_dirty WHERE account_id = ? AND n = ?');
  for (const [id, n] of marks) clear.run(id, n);
}

/**
 * Forgets what was worked out for past days that the marked changes reach back to — kept
 * snapshots and past bands from each mark's `since` on (everything for '*') — so what remains
 * still equals what the records give now. Marks stay for the rescoring to clear.
 */
export function forgetChangedPast(db: Database.Database): void {
  const marks = prepared(db, 'SELECT account_id, since FROM health_dirty').raw().all() as [
    string,
    string,
  ][];
  if (marks.length === 0) return;
  if (marks.some(([id]) => id === '*')) {
    prepared(db, 'DELETE FROM past_bands').run();
    prepared(db, 'DELETE FROM health_snapshots').run();
    return;
  }
  const bands = prepared(db, 'DELETE FROM past_bands WHERE account_id = ? AND day >= ?');
  const snapshots = prepared(db, 'DELETE FROM health_snapshots WHERE account_id = ? AND date >= ?');
  db.transaction(() => {
    for (const [id, since] of marks) {
      bands.run(id, since);
      snapshots.run(id, since);
    }
  })();
}

export function markAllDirty(db: Database.Database): void {
  prepared(
    db,
    "INSERT INTO health_dirty (account_id) VALUES ('*') ON CONFLICT (account_id) DO UPDATE SET n = n + 1",
  ).run();
}

/** A stored score as read for comparison: its account, then everything but its day. */
type ScoreRow = [string, number, string, string, string, number, number | null, string];
const SCORE_ROWS = `SELECT account_id, score, band, profile, stage, scorecard_version, trend, drivers
                      FROM health_scores`;

/** Whether a stored score says what a new one says, but for its day. */
function sameScore(row: ScoreRow, s: StoredScore): boolean {
  return (
    row[1] === s.score &&
    row[2] === s.band &&
    row[3] === s.profile &&
    row[4] === s.stage &&
    row[5] === s.scorecardVersion &&
    row[6] === s.trend &&
    row[7] === s.drivers
  );
}

const UPSERT_SCORE = `INSERT INTO health_scores (account_id, as_of, score, band, profile, stage, scorecard_version, trend, drivers)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (account_id) DO UPDATE SET as_of = excluded.as_of, score = excluded.score,
       band = excluded.band, profile = excluded.profile, stage = excluded.stage,
       scorecard_version = excluded.scorecard_version, trend = excluded.trend, drivers = excluded.drivers`;

function upsertScore(db: Database.Database, s: StoredScore): void {
  prepared(db, UPSERT_SCORE).run(
    s.accountId,
    s.asOf,
    s.score,
    s.band,
    s.profile,
    s.stage,
    s.scorecardVersion,
    s.trend,
    s.drivers,
  );
}

/**
 * Replaces the stored score of each account and records the day's snapshot of it, writing only
 * what differs from what is stored: on a new day most scores are what they were yesterday, and
 * only their day moves.
 */
export function writeScores(db: Database.Database, scores: StoredScore[], day: string): void {
  const score = prepared(db, `${SCORE_ROWS} WHERE account_id = ?`).raw();
  const snapshotOf = prepared(
    db,
    'SELECT score, band, scorecard_version FROM health_snapshots WHERE date = ? AND account_id = ?',
  ).raw();
  const moveDay = prepared(db, 'UPDATE health_scores SET as_of = ? WHERE account_id = ?');
  const snapshot = prepared(db, SNAPSHOT_UPSERT);
  for (const s of scores) {
    const before = score.get(s.accountId) as ScoreRow | undefined;
    if (!before || !sameScore(before, s)) upsertScore(db, s);
    else moveDay.run(s.asOf, s.accountId);
    const kept = snapshotOf.get(day, s.accountId) as [number, string, number] | undefined;
    if (!kept || kept[0] !== s.score || kept[1] !== s.band || kept[2] !== s.scorecardVersion)
      snapshot.run(s.accountId, day, s.score, s.band, s.scorecardVersion);
  }
}

const SNAPSHOT_UPSERT = `INSERT INTO health_snapshots (account_id, date, score, band, scorecard_version)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (account_id, date) DO UPDATE SET score = excluded.score, band = excluded.band,
       scorecard_version = excluded.scorecard_version`;

/**
 * Makes the given scores every stored score of the day (a full rescoring): rewrites those that
 * changed, forgets accounts that no longer have one, moves the rest to the day, and records the
 * day's snapshot of each — the last two in one statement each.
 */
export function replaceAllScores(db: Database.Database, scores: StoredScore[], day: string): void {
  const stored = new Map<string, ScoreRow>();
  for (const row of prepared(db, SCORE_ROWS).raw().all() as ScoreRow[]) stored.set(row[0], row);
  for (const s of scores) {
    const before = stored.get(s.accountId);
    if (!before || !sameScore(before, s)) upsertScore(db, s);
    stored.delete(s.accountId);
  }
  deleteScores(db, stored.keys(), day);
  prepared(db, 'UPDATE health_scores SET as_of = ? WHERE as_of <> ?').run(day, day);
  prepared(
    db,
    `INSERT INTO health_snapshots (account_id, date, score, band, scorecard_version)
     SELECT account_id, ?, score, band, scorecard_version FROM health_scores WHERE true
     ON CONFLICT (account_id, date) DO UPDATE SET score = excluded.score, band = excluded.band,
       scorecard_version = excluded.scorecard_version
     WHERE score <> excluded.score OR band <> excluded.band
        OR scorecard_version <> excluded.scorecard_version`,
  ).run(day);
}

/**
 * Forgets the scores of accounts that no longer have one (deleted or churned), and the snapshot
 * of `day` they may have had earlier that day: a day's snapshot is how the day ended.
 */
export function deleteScores(
  db: Database.Database,
  accountIds: Iterable<string>,
  day: string,
): void {
  const remove = prepared(db, 'DELETE FROM health_scores WHERE account_id = ?');
  const removeSnapshot = prepared(
    db,
    'DELETE FROM health_snapshots WHERE account_id = ? AND date = ?',
  );
  for (const id of accountIds) {
    remove.run(id);
    removeSnapshot.run(id, day);
  }
}

export function readScore(db: Database.Database, accountId: string): StoredScore | null {
  const row = prepared(
    db,
    `SELECT account_id AS accountId, as_of AS asOf, score, band, profile, stage,
            scorecard_version AS scorecardVersion, trend, drivers
       FROM health_scores WHERE account_id = ?`,
  ).get(accountId) as StoredScore | undefined;
  return row ?? null;
}

/**
 * Each account's kept score on one day under a scorecard version (for the 30-day trend). Call
 * `forgetChangedPast` first: only then does a kept score equal the recomputed one.
 */
export function snapshotScores(
  db: Database.Database,
  day: string,
  scorecardVersion: number,
  accountId: string | null = null,
): Map<string, number> {
  const rows = preparedFor(
    db,
    `SELECT account_id, score FROM health_snapshots
      WHERE (? IS NULL OR account_id = ?) AND date = ? AND scorecard_version = ?`,
    accountId,
  )
    .raw()
    .all(accountId, accountId, day, scorecardVersion) as [string, number][];
  return new Map(rows);
}

/** Every stored score, for lists and boards. */
export function listScores(db: Database.Database): StoredScore[] {
  return prepared(
    db,
    `SELECT account_id AS accountId, as_of AS asOf, score, band, profile, stage,
            scorecard_version AS scorecardVersion, trend, drivers
       FROM health_scores`,
  ).all() as StoredScore[];
}
