/**
 * The records health is computed from, for every live account (or one), read with one query per
 * table and grouped by account in memory — fast enough to rescore a 10,000-account portfolio.
 * Deleted records and records of deleted accounts are left out (orphans are hidden, §8).
 */
import type Database from 'better-sqlite3';
import type { AccountSignals } from '../../core/health/accountSignals';
import { addDays } from '../../core/dates';
import { currentContract } from '../../core/lifecycle/lifecycleStage';
import { preparedFor } from '../preparedStatement';

export interface HealthAccount {
  id: string;
  name: string;
  owner: string;
  stageOverride: string;
  contracts: {
    id: string;
    startDate: string;
    endDate: string;
    status: string;
    renewalOf: string;
    seats: number;
    modules: string[];
  }[];
  signals: AccountSignals;
}

type Cell = string | number | null;

/** Rows as arrays (account id first), mapped and grouped by account: no per-row objects twice. */
function byAccount<T>(
  db: Database.Database,
  sql: string,
  map: (row: Cell[]) => T,
  params: Cell[],
): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  const rows = preparedFor(db, sql, params[0] as string | null)
    .raw()
    .all(...params) as Cell[][];
  for (const row of rows) {
    const key = row[0] as string;
    const value = map(row);
    const list = grouped.get(key);
    if (list) list.push(value);
    else grouped.set(key, [value]);
  }
  return grouped;
}

const live = (table: string, columns: string, extra = '') =>
  `SELECT account_id, ${columns} FROM ${table} WHERE deleted = 0 AND (? IS NULL OR account_id = ?)${extra}`;

/**
 * How far back each dated signal matters: usage for this month, the month before and the trend's
 * month before that; surveys for a year plus the trend's month. Older rows are not read at all.
 */
const USAGE_DAYS = 90;
/** Meetings: the executive window (180 days) plus the trend's month. */
const TOUCHPOINT_DAYS = 210;
const SURVEY_DAYS = 400;
const PULSE_DAYS = 60;

const list = (value: unknown): string[] =>
  typeof value === 'string' ? (JSON.parse(value) as string[]) : [];

/** Every live account with its health signals as of `asOf` (the contract in force then). */
export function loadHealthAccounts(
  db: Database.Database,
  asOf: string,
  accountId: string | null = null,
  /** Read every dated record, not only those that can still count (for tests). */
  fullHistory = false,
): HealthAccount[] {
  const since = (days: number) => (fullHistory ? '' : addDays(asOf, -days));
  // The last touchpoint of all, per account, by one index seek each (a GROUP BY scans them all).
  const accounts = preparedFor(
    db,
    `SELECT a.id, a.name, a.owner, a.stage_override AS stageOverride,
            (SELECT max(t.date) FROM touchpoints t WHERE t.account_id = a.id AND t.deleted = 0)
              AS lastTouchpoint
       FROM accounts a
      WHERE a.deleted = 0 AND (? IS NULL OR a.id = ?) ORDER BY a.name COLLATE NOCASE, a.id`,
    accountId,
  ).all(accountId, accountId) as {
    id: string;
    name: string;
    owner: string;
    stageOverride: string;
    lastTouchpoint: string | null;
  }[];
  const scope: Cell[] = [accountId, accountId];
  const contracts = byAccount(
    db,
    live('contracts', 'id, start_date, end_date, status, renewal_of, seats, modules'),
    (r) => ({
      id: r[1] as string,
      startDate: r[2] as string,
      endDate: r[3] as string,
      status: r[4] as string,
      renewalOf: r[5] as string,
      seats: r[6] as number,
      modules: list(r[7]),
    }),
    scope,
  );
  // Per account, only the latest snapshot of each 30-day window counts (this month, the month
  // before, and the trend's month before that), so only those rows are read.
  const usage = byAccount(
    db,
    fullHistory
      ? live('usage_snapshots', 'date, active_users, licensed_seats, modules_in_use')
      : `SELECT u.account_id, u.date, u.active_users, u.licensed_seats, u.modules_in_use
           FROM (SELECT account_id, max(date) AS latest FROM usage_snapshots
                  WHERE deleted = 0 AND (? IS NULL OR account_id = ?) AND date > ? AND date <= ?
                  GROUP BY account_id, CAST((julianday(?) - julianday(date)) / 30 AS INTEGER)) m
           JOIN usage_snapshots u ON u.account_id = m.account_id AND u.date = m.latest AND u.deleted = 0`,
    (r) => ({
      date: r[1] as string,
      activeUsers: r[2] as number,
      licensedSeats: r[3] as number,
      modulesInUse: list(r[4]),
    }),
    fullHistory ? scope : [...scope, since(USAGE_DAYS), asOf, asOf],
  );
  const touchpointsSince = since(TOUCHPOINT_DAYS);
  const touchpoints = byAccount(
    db,
    live('touchpoints', 'date, attendee_ids', ' AND date > ?'),
    (r) => ({ date: r[1] as string, attendeeIds: list(r[2]) }),
    [...scope, touchpointsSince],
  );
  const stakeholders = byAccount(
    db,
    live('stakeholders', 'id, role, status, departed_date, name'),
    (r) => ({
      id: r[1] as string,
      role: r[2] as string,
      status: r[3] as string,
      departedDate: r[4] as string,
      name: r[5] as string,
    }),
    scope,
  );
  const surveys = byAccount(
    db,
    live('survey_responses', 'kind, score, date', ' AND date > ?'),
    (r) => ({ kind: r[1] as string, score: r[2] as number, date: r[3] as string }),
    [...scope, since(SURVEY_DAYS)],
  );
  const tickets = byAccount(
    db,
    live('support_tickets', 'severity, status, opened_date', " AND status <> 'closed'"),
    (r) => ({ severity: r[1] as string, status: r[2] as string, openedDate: r[3] as string }),
    scope,
  );
  const milestones = byAccount(
    db,
    // Only milestones due by the day count, for the score and for the overdue alert.
    live(
      'milestones',
      'due_date, status, onboarding',
      " AND due_date <> '' AND due_date <= ? AND status <> 'cancelled'",
    ),
    (r) => ({ dueDate: r[1] as string, status: r[2] as string, onboarding: r[3] === 1 }),
    [...scope, asOf],
  );

  // The CSM's latest call up to the day: only one can count, and only for 60 days.
  const pulses = new Map<string, { stars: number; date: string }>();
  for (const [id, stars, date] of preparedFor(
    db,
    `SELECT account_id, stars, date FROM csm_pulses
      WHERE deleted = 0 AND (? IS NULL OR account_id = ?) AND date > ? AND date <= ?
      ORDER BY date`,
    accountId,
  )
    .raw()
    .all(...scope, since(PULSE_DAYS), asOf) as [string, number, string][])
    pulses.set(id, { stars, date });

  return accounts.map((account) => {
    const own = <T>(map: Map<string, T[]>): T[] => map.get(account.id) ?? [];
    const accountContracts = own(contracts);
    const inForce = currentContract(accountContracts, asOf);
    const starts = accountContracts
      .filter((c) => c.status !== 'cancelled' && c.startDate !== '')
      .map((c) => c.startDate)
      .sort();
    return {
      id: account.id,
      name: account.name,
      owner: account.owner,
      stageOverride: account.stageOverride,
      contracts: accountContracts,
      signals: {
        firstContractStart: starts[0] ?? '',
        seats: inForce?.seats ?? 0,
        purchasedModules: inForce?.modules ?? [],
        usage: own(usage),
        touchpoints: own(touchpoints),
        touchpointsSince,
        lastTouchpointDate: account.lastTouchpoint ?? '',
        stakeholders: own(stakeholders),
        surveys: own(surveys),
        tickets: own(tickets),
        milestones: own(milestones),
        pulse: pulses.get(account.id) ?? null,
      },
    };
  });
}
