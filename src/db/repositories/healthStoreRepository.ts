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

/** What a stored score says, but for its day: equal keys need no rewrite on a new day. */
const scoreKey = (s: Omit<StoredScore, 'accountId' | 'asOf'>) =>
  `${s.score}|${s.band}|${s.profile}|${s.stage}|${s.scorecardVersion}|${s.trend}|${s.drivers}`;

/** Above this many scores one read of every stored row beats one read per account. */
const READ_ALL_ABOVE = 25;

function storedKeys(
  db: Database.Database,
  scores: StoredScore[],
  day: string,
): { scores: Map<string, [string, string]>; snapshots: Map<string, string> } {
  const scoreSql = `SELECT account_id, as_of, score, band, profile, stage, scorecard_version, trend, drivers
                      FROM health_scores`;
  const snapshotSql =
    'SELECT account_id, score, band, scorecard_version FROM health_snapshots WHERE date = ?';
  type ScoreRow = [string, string, number, string, string, string, number, number | null, string];
  const scoreRows: ScoreRow[] = [];
  const snapshotRows: [string, number, string, number][] = [];
  if (scores.length > READ_ALL_ABOVE) {
    scoreRows.push(...(prepared(db, scoreSql).raw().all() as ScoreRow[]));
    snapshotRows.push(...(prepared(db, snapshotSql).raw().all(day) as typeof snapshotRows));
  } else {
    const score = prepared(db, `${scoreSql} WHERE account_id = ?`).raw();
    const snapshot = prepared(db, `${snapshotSql} AND account_id = ?`).raw();
    for (const s of scores) {
      const row = score.get(s.accountId) as ScoreRow | undefined;
      if (row) scoreRows.push(row);
      const snap = snapshot.get(day, s.accountId) as (typeof snapshotRows)[number] | undefined;
      if (snap) snapshotRows.push(snap);
    }
  }
  const stored = new Map<string, [string, string]>();
  for (const [
    accountId,
    asOf,
    score,
    band,
    profile,
    stage,
    scorecardVersion,
    trend,
    drivers,
  ] of scoreRows)
    stored.set(accountId, [
      asOf,
      scoreKey({ score, band, profile, stage, scorecardVersion, trend, drivers }),
    ]);
  const snapshots = new Map<string, string>();
  for (const [accountId, score, band, version] of snapshotRows)
    snapshots.set(accountId, `${score}|${band}|${version}`);
  return { scores: stored, snapshots };
}

/**
 * Replaces the stored score of each account and records the day's snapshot of it, writing only
 * what differs from what is stored: on a new day most scores are what they were yesterday, and
 * only their day moves.
 */
export function writeScores(db: Database.Database, scores: StoredScore[], day: string): void {
  const stored = storedKeys(db, scores, day);
  const upsert = prepared(
    db,
    `INSERT INTO health_scores (account_id, as_of, score, band, profile, stage, scorecard_version, trend, drivers)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (account_id) DO UPDATE SET as_of = excluded.as_of, score = excluded.score,
       band = excluded.band, profile = excluded.profile, stage = excluded.stage,
       scorecard_version = excluded.scorecard_version, trend = excluded.trend, drivers = excluded.drivers`,
  );
  const moveDay = prepared(db, 'UPDATE health_scores SET as_of = ? WHERE account_id = ?');
  const snapshot = prepared(
    db,
    `INSERT INTO health_snapshots (account_id, date, score, band, scorecard_version) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (account_id, date) DO UPDATE SET score = excluded.score, band = excluded.band,
       scorecard_version = excluded.scorecard_version`,
  );
  for (const s of scores) {
    const before = stored.scores.get(s.accountId);
    if (!before || before[1] !== scoreKey(s))
      upsert.run(
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
    else if (before[0] !== s.asOf) moveDay.run(s.asOf, s.accountId);
    if (stored.snapshots.get(s.accountId) !== `${s.score}|${s.band}|${s.scorecardVersion}`)
      snapshot.run(s.accountId, day, s.score, s.band, s.scorecardVersion);
  }
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

export function deleteScoresExcept(db: Database.Database, keep: Set<string>, day: string): void {
  const ids = prepared(db, 'SELECT account_id FROM health_scores').pluck().all() as string[];
  deleteScores(
    db,
    ids.filter((id) => !keep.has(id)),
    day,
  );
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
