/**
 * The records health is computed from, for every live account (or one), read with one query per
 * table and grouped by account in memory — fast enough to rescore a 10,000-account portfolio.
 * Deleted records and records of deleted accounts are left out (orphans are hidden, §8).
 */
import type Database from 'better-sqlite3';
import type {
  AccountSignals,
  ContractSignal,
  MilestoneSignal,
  UsageSignal,
} from '../../core/health/accountSignals';
import { addDays } from '../../core/dates';
import { ACCOUNT_BATCH, fillAccountBatch, prepared, preparedFor } from '../preparedStatement';

export interface HealthContract extends ContractSignal {
  id: string;
  renewalOf: string;
}

export interface HealthAccount {
  id: string;
  name: string;
  owner: string;
  stageOverride: string;
  contracts: HealthContract[];
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
 * How far back each dated signal matters for the day read: usage for this month and the month
 * before; meetings for the executive window (180 days); surveys for a year (CSAT and CES for 180
 * days); the CSM pulse for 60 days. For the trend's day 30 before it, a month more of each. Older
 * rows are not read at all, and neither are rows dated after the day.
 */
const TREND_DAYS = 30;
const USAGE_DAYS = 60;
const TOUCHPOINT_DAYS = 180;
const SURVEY_DAYS = 365;
const SHORT_SURVEY_DAYS = 180;
const PULSE_DAYS = 60 + 1;

const USAGE_COLUMNS = 'date, active_users, licensed_seats, modules_in_use';
const usageSignal = (r: Cell[]): UsageSignal => ({
  date: r[1] as string,
  activeUsers: r[2] as number,
  licensedSeats: r[3] as number,
  modulesInUse: moduleList(r[4]),
});

/**
 * Per account, only the latest snapshot of each 30-day window can count (this month, the month
 * before, and the trend's month before that): the rows of the 90 days are scanned and only those
 * are kept and mapped.
 */
function latestUsagePerMonth(
  db: Database.Database,
  asOf: string,
  scope: Cell[],
  trend: number,
): Map<string, UsageSignal[]> {
  const edges = [addDays(asOf, -30), addDays(asOf, -60)];
  const latest = new Map<string, [Cell[] | null, Cell[] | null, Cell[] | null]>();
  const rows = preparedFor(
    db,
    live('usage_snapshots', USAGE_COLUMNS, ' AND date > ? AND date <= ?'),
    scope[0] as string | null,
  )
    .raw()
    .all(...scope, addDays(asOf, -USAGE_DAYS - trend), asOf) as Cell[][];
  for (const row of rows) {
    const date = row[1] as string;
    const slot = date > edges[0]! ? 0 : date > edges[1]! ? 1 : 2;
    const key = row[0] as string;
    let slots = latest.get(key);
    if (!slots) latest.set(key, (slots = [null, null, null]));
    const kept = slots[slot];
    if (!kept || date > (kept[1] as string)) slots[slot] = row;
  }
  const usage = new Map<string, UsageSignal[]>();
  for (const [key, slots] of latest) {
    const list: UsageSignal[] = [];
    for (const row of slots) if (row) list.push(usageSignal(row));
    usage.set(key, list);
  }
  return usage;
}

const NONE: readonly string[] = Object.freeze([]);
const list = (value: unknown): readonly string[] =>
  typeof value !== 'string' || value === '[]' ? NONE : (JSON.parse(value) as string[]);

/**
 * A meeting as health reads it. Who attended is parsed only when a measure asks: the search for
 * the last executive meeting stops at the newest one, and older meetings are never looked into.
 */
class TouchpointRow {
  private attendees: readonly string[] | undefined;
  constructor(
    readonly date: string,
    private readonly attendeeJson: unknown,
  ) {}
  get attendeeIds(): readonly string[] {
    return (this.attendees ??= list(this.attendeeJson));
  }
}

/**
 * The same few module lists stand in thousands of contracts and usage rows: each distinct text
 * is parsed once, and the rows share the (never changed) list.
 */
const modulesParsed = new Map<string, readonly string[]>();
function moduleList(value: unknown): readonly string[] {
  if (typeof value !== 'string') return NONE;
  let parsed = modulesParsed.get(value);
  if (!parsed) {
    if (modulesParsed.size > 10_000) modulesParsed.clear();
    parsed = list(value);
    modulesParsed.set(value, parsed);
  }
  return parsed;
}

/**
 * The last touchpoint held by the day: the newest of those read when there are any (every
 * touchpoint of the window up to the day is read), else one index seek into the older ones.
 */
function lastTouchpoint(
  db: Database.Database,
  accountId: string,
  read: { date: string }[],
  asOf: string,
): string {
  let last = '';
  for (const t of read) if (t.date > last) last = t.date;
  if (last !== '') return last;
  const older = prepared(
    db,
    'SELECT max(date) FROM touchpoints WHERE account_id = ? AND deleted = 0 AND date <= ?',
  )
    .pluck()
    .get(accountId, asOf) as string | null;
  return older ?? '';
}

/**
 * Every live account with the records its health on `asOf` and on the day 30 before can be
 * computed from (each measure takes what stood at the end of its day).
 */
export function loadHealthAccounts(
  db: Database.Database,
  asOf: string,
  accountId: string | null = null,
  /** Read every dated record, not only those that can still count (for tests). */
  fullHistory = false,
): HealthAccount[] {
  return loadAccountsFor(db, asOf, asOf, accountId, fullHistory, TREND_DAYS);
}

/**
 * Every live account with the records its health on `asOf` alone can be computed from: what
 * a rescoring reads when the trend's scores of 30 days before are kept.
 */
export function loadHealthAccountsOnDay(db: Database.Database, asOf: string): HealthAccount[] {
  return loadAccountsFor(db, asOf, asOf, null, false, 0);
}

/**
 * The given accounts with the records their health on any day from `from` to `to` can be
 * computed from: one read for many days, as the past bands of a stretch of days need.
 */
export function loadHealthAccountsOnDays(
  db: Database.Database,
  accountIds: Iterable<string>,
  from: string,
  to: string,
): HealthAccount[] {
  fillAccountBatch(db, accountIds);
  return loadAccountsFor(db, from, to, ACCOUNT_BATCH, false, TREND_DAYS);
}

function loadAccountsFor(
  db: Database.Database,
  from: string,
  asOf: string,
  accountId: string | null,
  fullHistory: boolean,
  /** Days before `from` that must be scored as well (the trend's 30, or none). */
  trend: number,
): HealthAccount[] {
  const since = (days: number) => (fullHistory ? '' : addDays(from, -days - trend));
  const accounts = preparedFor(
    db,
    `SELECT a.id, a.name, a.owner, a.stage_override AS stageOverride
       FROM accounts a
      WHERE a.deleted = 0 AND (? IS NULL OR a.id = ?) ORDER BY a.name COLLATE NOCASE, a.id`,
    accountId,
  ).all(accountId, accountId) as {
    id: string;
    name: string;
    owner: string;
    stageOverride: string;
  }[];
  const scope: Cell[] = [accountId, accountId];
  // Each contract with the day its renewal closed: the renewal record's, else closed on an
  // unknown day when the contract itself says renewed or churned, else open (null).
  const closedOn = new Map(
    preparedFor(
      db,
      `SELECT contract_id, max(closed_date) FROM renewals
        WHERE deleted = 0 AND outcome IN ('renewed', 'churned') AND (? IS NULL OR account_id = ?)
        GROUP BY contract_id`,
      accountId,
    )
      .raw()
      .all(...scope) as [string, string][],
  );
  const contracts = byAccount(
    db,
    live('contracts', 'id, start_date, end_date, status, renewal_of, seats, modules'),
    (r): HealthContract => ({
      id: r[1] as string,
      startDate: r[2] as string,
      endDate: r[3] as string,
      status: r[4] as string,
      renewalOf: r[5] as string,
      seats: r[6] as number,
      modules: moduleList(r[7]),
      renewalClosed:
        closedOn.get(r[1] as string) ?? (r[4] === 'renewed' || r[4] === 'churned' ? '' : null),
    }),
    scope,
  );
  const usage = fullHistory
    ? byAccount(db, live('usage_snapshots', USAGE_COLUMNS), usageSignal, scope)
    : from === asOf
      ? latestUsagePerMonth(db, asOf, scope, trend)
      : byAccount(
          db,
          live('usage_snapshots', USAGE_COLUMNS, ' AND date > ? AND date <= ?'),
          usageSignal,
          [...scope, since(USAGE_DAYS), asOf],
        );
  const touchpointsSince = since(TOUCHPOINT_DAYS);
  const touchpoints = byAccount(
    db,
    live('touchpoints', 'date, attendee_ids', ' AND date > ? AND date <= ?'),
    (r) => new TouchpointRow(r[1] as string, r[2]),
    [...scope, touchpointsSince, asOf],
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
    live(
      'survey_responses',
      'kind, score, date',
      " AND date > ? AND date <= ? AND (kind = 'nps' OR date > ?)",
    ),
    (r) => ({ kind: r[1] as string, score: r[2] as number, date: r[3] as string }),
    [...scope, since(SURVEY_DAYS), asOf, since(SHORT_SURVEY_DAYS)],
  );
  // Tickets that can be open on the day or the trend's day: opened by the day, and not closed
  // before the trend's day began (a closed status without a date is closed on every day).
  const trendDay = fullHistory ? '' : addDays(from, -trend);
  const tickets = byAccount(
    db,
    live(
      'support_tickets',
      'severity, status, opened_date, closed_date',
      " AND opened_date <= ? AND (closed_date > ? OR (closed_date = '' AND status <> 'closed'))",
    ),
    (r) => ({
      severity: r[1] as string,
      status: r[2] as string,
      openedDate: r[3] as string,
      closedDate: r[4] as string,
    }),
    [...scope, asOf, trendDay],
  );
  const milestones = byAccount(
    db,
    // Only milestones due by the day count, for the score and for the overdue alert.
    live(
      'milestones',
      'due_date, status, completed_date, onboarding',
      " AND due_date <> '' AND due_date <= ? AND status <> 'cancelled'",
    ),
    (r): MilestoneSignal => ({
      dueDate: r[1] as string,
      status: r[2] as string,
      completedDate: r[3] as string,
      onboarding: r[4] === 1,
    }),
    [...scope, asOf],
  );
  // The CSM's calls up to the day, oldest first: the latest by each day counts for 60 days.
  const pulses = byAccount(
    db,
    `SELECT account_id, stars, date FROM csm_pulses
      WHERE deleted = 0 AND (? IS NULL OR account_id = ?) AND date > ? AND date <= ?
      ORDER BY account_id, date, created_at, id`,
    (r) => ({ stars: r[1] as number, date: r[2] as string }),
    [...scope, since(PULSE_DAYS), asOf],
  );

  return accounts.map((account) => {
    const own = <T>(map: Map<string, T[]>): T[] => map.get(account.id) ?? [];
    const accountContracts = own(contracts);
    return {
      id: account.id,
      name: account.name,
      owner: account.owner,
      stageOverride: account.stageOverride,
      contracts: accountContracts,
      signals: {
        contracts: accountContracts,
        usage: own(usage),
        touchpoints: own(touchpoints),
        touchpointsSince,
        lastTouchpointDate: lastTouchpoint(db, account.id, own(touchpoints), asOf),
        stakeholders: own(stakeholders),
        surveys: own(surveys),
        tickets: own(tickets),
        milestones: own(milestones),
        pulses: own(pulses),
      },
    };
  });
}
