/** The rows behind the portfolio list: live accounts and their live contracts. */
import type Database from 'better-sqlite3';

export interface PortfolioAccountRow {
  id: string;
  name: string;
  industry: string;
  segment: string;
  region: string;
  owner: string;
  tags: string[];
  currency: string;
  stageOverride: string;
}

export interface PortfolioContractRow {
  id: string;
  accountId: string;
  startDate: string;
  endDate: string;
  arrMinor: number;
  currency: string;
  status: string;
  renewalOf: string;
}

export function listPortfolioAccounts(db: Database.Database): PortfolioAccountRow[] {
  const rows = db
    .prepare(
      `SELECT id, name, industry, segment, region, owner, tags, currency, stage_override AS stageOverride
       FROM accounts WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id`,
    )
    .all() as (Omit<PortfolioAccountRow, 'tags'> & { tags: string })[];
  return rows.map((row) => ({ ...row, tags: JSON.parse(row.tags) as string[] }));
}

export function listPortfolioContracts(db: Database.Database): PortfolioContractRow[] {
  return db
    .prepare(
      `SELECT c.id, c.account_id AS accountId, c.start_date AS startDate, c.end_date AS endDate,
              c.arr_minor AS arrMinor, c.currency, c.status, c.renewal_of AS renewalOf
       FROM contracts c WHERE c.deleted = 0`,
    )
    .all() as PortfolioContractRow[];
}

/** Live accounts whose id is `text`, or whose name is `text` ignoring case. */
export function findAccountsByIdOrName(
  db: Database.Database,
  text: string,
): { id: string; name: string }[] {
  return db
    .prepare(
      `SELECT id, name FROM accounts
       WHERE deleted = 0 AND (id = ? OR name = ? COLLATE NOCASE) ORDER BY (id = ?) DESC, id`,
    )
    .all(text, text.trim(), text) as { id: string; name: string }[];
}
