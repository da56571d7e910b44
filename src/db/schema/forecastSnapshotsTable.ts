import { integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The renewal forecast as it stood each week (DESIGN.md §6), taken automatically on the first look
 * of the week: one row per renewal, keyed by its contract. Derived and local, never synced: each
 * device keeps what it showed.
 */
export const forecastSnapshotsTable = sqliteTable(
  'forecast_snapshots',
  {
    /** The Monday of the week. */
    week: text('week').notNull(),
    contractId: text('contract_id').notNull(),
    takenOn: text('taken_on').notNull(),
    accountId: text('account_id').notNull(),
    endDate: text('end_date').notNull(),
    currency: text('currency').notNull(),
    outcome: text('outcome').notNull(),
    forecastCall: text('forecast_call').notNull(),
    band: text('band'),
    probability: real('probability').notNull(),
    targetArrMinor: integer('target_arr_minor').notNull(),
    expectedRetained: integer('expected_retained').notNull(),
    expectedExpansion: integer('expected_expansion').notNull(),
    expected: integer('expected').notNull(),
    best: integer('best').notNull(),
    worst: integer('worst').notNull(),
    commit: integer('commit_arr').notNull(),
    closedWon: integer('closed_won').notNull(),
  },
  (t) => [primaryKey({ columns: [t.week, t.contractId] })],
);

/**
 * Health bands of past days that no daily snapshot recorded, recomputed once from the records
 * dated by then and kept per scorecard version (calibration, forecasts of past days, accuracy).
 * Local, not synced.
 */
export const pastBandsTable = sqliteTable(
  'past_bands',
  {
    accountId: text('account_id').notNull(),
    day: text('day').notNull(),
    scorecardVersion: integer('scorecard_version').notNull(),
    band: text('band').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.day, t.scorecardVersion] })],
);
