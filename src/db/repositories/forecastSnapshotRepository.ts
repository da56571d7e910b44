/** The weekly forecast snapshots (local, derived): one row per renewal per week. */
import type Database from 'better-sqlite3';
import type { RenewalRowView } from '../../shared/api/forecastViews';
import { prepared } from '../preparedStatement';

/** The fields of a renewal row a weekly snapshot keeps. */
export type SnapshotRow = { week: string; takenOn: string } & Pick<
  RenewalRowView,
  | 'contractId'
  | 'currency'
  | 'endDate'
  | 'outcome'
  | 'forecastCall'
  | 'band'
  | 'probability'
  | 'targetArrMinor'
  | 'expectedRetained'
  | 'expectedExpansion'
  | 'expected'
  | 'best'
  | 'worst'
  | 'commit'
  | 'closedWon'
>;

export function hasSnapshot(db: Database.Database, week: string): boolean {
  return (
    prepared(db, 'SELECT 1 FROM forecast_snapshots WHERE week = ? LIMIT 1').get(week) !== undefined
  );
}

export function writeSnapshot(
  db: Database.Database,
  week: string,
  takenOn: string,
  rows: RenewalRowView[],
): void {
  const insert = prepared(
    db,
    `INSERT INTO forecast_snapshots (week, contract_id, taken_on, account_id, end_date, currency,
       outcome, forecast_call, band, probability, target_arr_minor, expected_retained,
       expected_expansion, expected, best, worst, commit_arr, closed_won)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (week, contract_id) DO NOTHING`,
  );
  for (const r of rows)
    insert.run(
      week,
      r.contractId,
      takenOn,
      r.accountId,
      r.endDate,
      r.currency,
      r.outcome,
      r.forecastCall,
      r.band,
      r.probability,
      r.targetArrMinor,
      r.expectedRetained,
      r.expectedExpansion,
      r.expected,
      r.best,
      r.worst,
      r.commit,
      r.closedWon,
    );
}

/** Every week's rows of the renewals ending in [from, to), oldest week first. */
export function snapshotRows(db: Database.Database, from: string, to: string): SnapshotRow[] {
  return prepared(
    db,
    `SELECT week, taken_on AS takenOn, contract_id AS contractId, currency, end_date AS endDate,
            outcome, forecast_call AS forecastCall, band, probability,
            target_arr_minor AS targetArrMinor, expected_retained AS expectedRetained,
            expected_expansion AS expectedExpansion, expected, best, worst,
            commit_arr AS "commit", closed_won AS closedWon
       FROM forecast_snapshots WHERE end_date >= ? AND end_date < ? ORDER BY week, contract_id`,
  ).all(from, to) as SnapshotRow[];
}
