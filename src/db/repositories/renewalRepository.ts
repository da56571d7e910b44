/**
 * What the renewal forecast of a window is built from: the contracts ending in it with their
 * accounts, the renewal records and history entries of those contracts, and the ARR of the
 * contracts that renewed them. Rows are mapped here and nowhere else.
 */
import type Database from 'better-sqlite3';
import { parseTermsPatch } from '../../shared/records/renewalChangeRecord';
import type { RenewalChangeView, RenewalTerms } from '../../shared/api/forecastViews';
import { prepared } from '../preparedStatement';

export interface WindowContract {
  id: string;
  accountId: string;
  accountName: string;
  owner: string;
  segment: string;
  region: string;
  startDate: string;
  endDate: string;
  arrMinor: number;
  currency: string;
  status: string;
  seats: number;
  modules: string[];
  createdAt: string;
  updatedAt: string;
}

export interface StoredRenewal extends RenewalTerms {
  id: string;
  contractId: string;
  currency: string;
  createdAt: string;
}

/** A history entry as stored: `at` is its HLC time. */
export interface StoredRenewalChange extends RenewalChangeView {
  renewalId: string;
  contractId: string;
}

export interface RenewalSource {
  contract: WindowContract;
  /** The contract's renewal record (the oldest, should two devices have made one each). */
  renewal: StoredRenewal | null;
  changes: StoredRenewalChange[];
  /** Σ ARR of the contracts renewing this one, or null when none does. */
  followOnArr: number | null;
}

/** `c` is a contract ending in the window [?, ?). */
const IN_WINDOW = `c.deleted = 0 AND c.status <> 'cancelled' AND c.end_date >= ? AND c.end_date < ?`;

type ContractRow = Omit<WindowContract, 'modules'> & { modules: string };

function loadContracts(db: Database.Database, where: string, params: unknown[]): WindowContract[] {
  const rows = prepared(
    db,
    `SELECT c.id, c.account_id AS accountId, a.name AS accountName, a.owner, a.segment, a.region,
            c.start_date AS startDate, c.end_date AS endDate, c.arr_minor AS arrMinor, c.currency,
            c.status, c.seats, c.modules, c.created_at AS createdAt, c.updated_at AS updatedAt
       FROM contracts c JOIN accounts a ON a.id = c.account_id AND a.deleted = 0
      WHERE ${where} ORDER BY c.end_date, a.name COLLATE NOCASE, c.id`,
  ).all(...params) as ContractRow[];
  return rows.map((r) => ({ ...r, modules: JSON.parse(r.modules) as string[] }));
}

type RenewalRow = Omit<StoredRenewal, 'reasonCodes'> & { reasonCodes: string };

function loadSources(
  db: Database.Database,
  contracts: WindowContract[],
  scope: string,
  params: unknown[],
): RenewalSource[] {
  const renewals = new Map<string, StoredRenewal>();
  for (const r of prepared(
    db,
    `SELECT r.id, r.contract_id AS contractId, r.currency, r.created_at AS createdAt,
            r.target_arr_minor AS targetArrMinor, r.forecast_call AS forecastCall,
            r.call_reason AS callReason, r.expected_change_minor AS expectedChangeMinor,
            r.outcome, r.final_arr_minor AS finalArrMinor, r.reason_codes AS reasonCodes,
            r.closed_date AS closedDate
       FROM contracts c JOIN renewals r ON r.contract_id = c.id AND r.deleted = 0
      WHERE ${scope} ORDER BY r.id DESC`,
  ).all(...params) as RenewalRow[])
    renewals.set(r.contractId, { ...r, reasonCodes: JSON.parse(r.reasonCodes) as string[] });
  const changes = new Map<string, StoredRenewalChange[]>();
  for (const h of prepared(
    db,
    `SELECT h.id, h.renewal_id AS renewalId, h.contract_id AS contractId, h.at, h.date, h.kind,
            h.changes, h.note, h.author
       FROM contracts c JOIN renewal_changes h ON h.contract_id = c.id AND h.deleted = 0
      WHERE ${scope} ORDER BY h.at, h.id`,
  ).all(...params) as (Omit<StoredRenewalChange, 'changes'> & { changes: string })[]) {
    const patch = parseTermsPatch(h.changes);
    if (!patch) continue;
    const entry: StoredRenewalChange = { ...h, changes: patch as Partial<RenewalTerms> };
    const list = changes.get(h.contractId);
    if (list) list.push(entry);
    else changes.set(h.contractId, [entry]);
  }
  const followOn = new Map(
    prepared(
      db,
      `SELECT f.renewal_of, sum(f.arr_minor)
         FROM contracts c JOIN contracts f ON f.renewal_of = c.id AND f.deleted = 0
              AND f.renewal_of <> '' AND f.status <> 'cancelled'
        WHERE ${scope} GROUP BY f.renewal_of`,
    )
      .raw()
      .all(...params) as [string, number][],
  );
  return contracts.map((contract) => ({
    contract,
    renewal: renewals.get(contract.id) ?? null,
    changes: changes.get(contract.id) ?? [],
    followOnArr: followOn.get(contract.id) ?? null,
  }));
}

/** Every renewal of contracts ending in [from, to), live accounts only. */
export function loadRenewalSources(
  db: Database.Database,
  from: string,
  to: string,
): RenewalSource[] {
  const contracts = loadContracts(db, IN_WINDOW, [from, to]);
  return loadSources(db, contracts, IN_WINDOW, [from, to]);
}

/**
 * The renewals of the given accounts whose contracts end before `endBefore` and on or after
 * `endFrom`: the earlier renewals an expansion opportunity may count toward instead.
 */
export function loadAccountRenewalSources(
  db: Database.Database,
  accountIds: string[],
  endFrom: string,
  endBefore: string,
): RenewalSource[] {
  if (accountIds.length === 0) return [];
  const scope = `c.deleted = 0 AND c.status <> 'cancelled' AND c.end_date >= ? AND c.end_date < ?
    AND c.account_id IN (SELECT value FROM json_each(?))`;
  const params = [endFrom, endBefore, JSON.stringify(accountIds)];
  return loadSources(db, loadContracts(db, scope, params), scope, params);
}

/** The renewal of one contract, or null when the contract or its account is gone. */
export function loadRenewalSource(db: Database.Database, contractId: string): RenewalSource | null {
  const scope = `c.deleted = 0 AND c.id = ?`;
  const contracts = loadContracts(db, scope, [contractId]);
  return contracts.length ? (loadSources(db, contracts, scope, [contractId])[0] ?? null) : null;
}
