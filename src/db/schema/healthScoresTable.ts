import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Computed on this device, never synced (DESIGN.md §4): each account's current score with its
 * top drivers, kept current after every change
 * that feeds it and rebuilt for all accounts at the start of each day.
 */
export const healthScoresTable = sqliteTable(
  'health_scores',
  {
    accountId: text('account_id').primaryKey(),
    asOf: text('as_of').notNull(),
    score: integer('score').notNull(),
    band: text('band').notNull(),
    profile: text('profile').notNull(),
    stage: text('stage').notNull(),
    scorecardVersion: integer('scorecard_version').notNull(),
    /** Score now minus the score 30 days earlier; null when there was nothing to score then. */
    trend: integer('trend'),
    /** JSON of the top drivers (measure, points, inputs), for boards and lists. */
    drivers: text('drivers').notNull(),
  },
  (t) => [index('health_scores_band_idx').on(t.band, t.score)],
);

/**
 * One score per account per day, as the records gave it at the end of that day: kept when the day
 * is scored, forgotten when a later change reaches back to it (`health_dirty.since`), so a kept
 * score always equals the score recomputed now. Local, not synced.
 */
export const healthSnapshotsTable = sqliteTable(
  'health_snapshots',
  {
    accountId: text('account_id').notNull(),
    date: text('date').notNull(),
    score: integer('score').notNull(),
    band: text('band').notNull(),
    scorecardVersion: integer('scorecard_version').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.date] }),
    index('health_snapshots_date_idx').on(t.date),
  ],
);

/**
 * Accounts whose health must be recomputed: filled by triggers on every table health reads, so
 * local edits, sync, imports and the CLI all mark what they touched. '*' means every account
 * (a new scorecard). `n` counts marks, so a refresh clears only what it saw. `since` is the
 * earliest day the changes can alter ('' every day, '9999-12-31' none before today): what was
 * worked out for days before it still holds.
 */
export const healthDirtyTable = sqliteTable('health_dirty', {
  accountId: text('account_id').primaryKey(),
  n: integer('n').notNull().default(1),
  since: text('since').notNull().default(''),
});
