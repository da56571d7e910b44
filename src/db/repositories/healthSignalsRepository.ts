/**
 * The records health is computed from, for every live account (or one), read with one query per
 * table and grouped by account in memory — fast enough to rescore a 10,000-account portfolio.
 * Deleted records and records of deleted accounts are left out (orphans are hidden, §8).
 */
import type Database from 'better-sqlite3';
import type { AccountSignals } from '../../core/health/accountSignals';
import { addDays } from '../../core/dates';
import { currentContract } from '../../core/lifecycle/lifecycleStage';
import { prepared } from '../preparedStatement';

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

type Row = Record<string, string | number | null> & { account_id: string };

function byAccount(
  db: Database.Database,
  sql: string,
  accountId: string | null,
  ...more: string[]
): Map<string, Row[]> {
  const rows = prepared(db, sql).all(accountId, accountId, ...more) as Row[];
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const list = grouped.get(row.account_id);
    if (list) list.push(row);
    else grouped.set(row.account_id, [row]);
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
const SURVEY_DAYS = 400;

const list = (value: unknown): string[] =>
  typeof value === 'string' ? (JSON.parse(value) as string[]) : [];

/** Every live account with its health signals as of `asOf` (the contract in force then). */
export function loadHealthAccounts(
  db: Database.Database,
  asOf: string,
  accountId: string | null = null,
): HealthAccount[] {
  const accounts = prepared(
    db,
    `SELECT id, name, owner, stage_override AS stageOverride FROM accounts
      WHERE deleted = 0 AND (? IS NULL OR id = ?) ORDER BY name COLLATE NOCASE, id`,
  ).all(accountId, accountId) as {
    id: string;
    name: string;
    owner: string;
    stageOverride: string;
  }[];
  const contracts = byAccount(
    db,
    live('contracts', 'id, start_date, end_date, status, renewal_of, seats, modules'),
    accountId,
  );
  const usage = byAccount(
    db,
    live('usage_snapshots', 'date, active_users, licensed_seats, modules_in_use', ' AND date > ?'),
    accountId,
    addDays(asOf, -USAGE_DAYS),
  );
  const touchpoints = byAccount(db, live('touchpoints', 'date, attendee_ids'), accountId);
  const stakeholders = byAccount(
    db,
    live('stakeholders', 'id, role, status, departed_date'),
    accountId,
  );
  const surveys = byAccount(
    db,
    live('survey_responses', 'kind, score, date', ' AND date > ?'),
    accountId,
    addDays(asOf, -SURVEY_DAYS),
  );
  const tickets = byAccount(db, live('support_tickets', 'severity, status'), accountId);
  const milestones = byAccount(db, live('milestones', 'due_date, status, onboarding'), accountId);

  return accounts.map((account) => {
    const own = (map: Map<string, Row[]>) => map.get(account.id) ?? [];
    const accountContracts = own(contracts).map((c) => ({
      id: String(c.id),
      startDate: String(c.start_date),
      endDate: String(c.end_date),
      status: String(c.status),
      renewalOf: String(c.renewal_of),
      seats: Number(c.seats),
      modules: list(c.modules),
    }));
    const inForce = currentContract(accountContracts, asOf);
    const starts = accountContracts
      .filter((c) => c.status !== 'cancelled' && c.startDate !== '')
      .map((c) => c.startDate)
      .sort();
    return {
      ...account,
      contracts: accountContracts,
      signals: {
        firstContractStart: starts[0] ?? '',
        seats: inForce?.seats ?? 0,
        purchasedModules: inForce?.modules ?? [],
        usage: own(usage).map((u) => ({
          date: String(u.date),
          activeUsers: Number(u.active_users),
          licensedSeats: Number(u.licensed_seats),
          modulesInUse: list(u.modules_in_use),
        })),
        touchpoints: own(touchpoints).map((t) => ({
          date: String(t.date),
          attendeeIds: list(t.attendee_ids),
        })),
        stakeholders: own(stakeholders).map((s) => ({
          id: String(s.id),
          role: String(s.role),
          status: String(s.status),
          departedDate: String(s.departed_date),
        })),
        surveys: own(surveys).map((s) => ({
          kind: String(s.kind),
          score: Number(s.score),
          date: String(s.date),
        })),
        tickets: own(tickets).map((t) => ({
          severity: String(t.severity),
          status: String(t.status),
        })),
        milestones: own(milestones).map((m) => ({
          dueDate: String(m.due_date),
          status: String(m.status),
          onboarding: m.onboarding === 1,
        })),
        pulse: null,
      },
    };
  });
}
