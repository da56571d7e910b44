/**
 * Reads behind "Recently deleted": the tombstones of the record types a user deletes, with the
 * change that deleted each (its HLC says when and on which device), and what an account takes
 * with it. Deleting an account tombstones the account alone; its records stay as they were and
 * are hidden with it, so restoring the account brings every one of them back.
 */
import type Database from 'better-sqlite3';
import type { RecordType } from '../../shared/records/recordTypes';
import {
  ACCOUNT_DEPENDENTS,
  DELETABLE_TYPES,
  type AccountDependent,
  type DeletableType,
} from '../../shared/records/deletableTypes';
import { prepared } from '../preparedStatement';

/** The words that name one record of each type a user deletes. */
const LABELS = {
  accounts: 'name',
  contracts: "start_date || ' – ' || end_date",
  stakeholders: "name || CASE WHEN title <> '' THEN ', ' || title ELSE '' END",
  touchpoints: "CASE WHEN summary <> '' THEN summary ELSE kind END",
  action_items: 'title',
  objectives: 'title',
  milestones: 'title',
  usage_snapshots: 'date',
  survey_responses: "upper(kind) || ' ' || score",
  support_tickets: 'subject',
  expansion_opportunities: 'title',
  product_feedback: 'substr(text, 1, 120)',
  exchange_rates: "from_currency || ' → ' || to_currency || ' ' || rate",
} as const satisfies Record<DeletableType, string>;

export interface DeletedRow {
  type: DeletableType;
  id: string;
  label: string;
  accountId: string;
  updatedAt: string;
}

/** Tombstones of one type written (here or by sync) at or after `since` (an ISO instant). */
export function listTombstones(
  db: Database.Database,
  type: DeletableType,
  since: string,
): DeletedRow[] {
  return prepared(
    db,
    `SELECT '${type}' AS type, id, ${LABELS[type]} AS label, ${accountColumn(type)} AS accountId,
            updated_at AS updatedAt
       FROM ${type} WHERE deleted = 1 AND updated_at >= ?`,
  ).all(since) as DeletedRow[];
}

/** The newest change that set a row's tombstone, and whether it was made here (null: none). */
export function deletionChange(
  db: Database.Database,
  type: RecordType,
  id: string,
): { hlc: string; local: boolean } | null {
  const row = prepared(
    db,
    `SELECT hlc, origin FROM change_log
      WHERE tbl = ? AND row_id = ? AND json_extract(data, '$.deleted') = 1
      ORDER BY hlc DESC LIMIT 1`,
  ).get(type, id) as { hlc: string; origin: string } | undefined;
  return row ? { hlc: row.hlc, local: row.origin === 'local' } : null;
}

/** How many live records of each kind hang off an account. */
export function countAccountDependents(
  db: Database.Database,
  accountId: string,
): Record<AccountDependent, number> {
  const counts = {} as Record<AccountDependent, number>;
  for (const type of ACCOUNT_DEPENDENTS)
    counts[type] = prepared(db, `SELECT count(*) FROM ${type} WHERE account_id = ? AND deleted = 0`)
      .pluck()
      .get(accountId) as number;
  return counts;
}

/** The name of an account, deleted or not ('' when there is none). */
export function accountName(db: Database.Database, id: string): { name: string; deleted: boolean } {
  const row = prepared(db, 'SELECT name, deleted FROM accounts WHERE id = ?').get(id) as
    { name: string; deleted: number } | undefined;
  return { name: row?.name ?? '', deleted: row?.deleted === 1 };
}

/** One record of a deletable type, deleted or not (null: no such record). */
export function deletableRecord(
  db: Database.Database,
  type: DeletableType,
  id: string,
): { label: string; accountId: string; deleted: boolean } | null {
  const row = prepared(
    db,
    `SELECT ${LABELS[type]} AS label, ${accountColumn(type)} AS accountId, deleted
       FROM ${type} WHERE id = ?`,
  ).get(id) as { label: string; accountId: string; deleted: number } | undefined;
  return row ? { label: row.label, accountId: row.accountId, deleted: row.deleted === 1 } : null;
}

function accountColumn(type: DeletableType): string {
  return type === 'accounts' ? 'id' : type === 'exchange_rates' ? "''" : 'account_id';
}

/** The deletable type a record id belongs to (ids are unique across tables), or null. */
export function deletableTypeOf(db: Database.Database, id: string): DeletableType | null {
  for (const type of DELETABLE_TYPES)
    if (prepared(db, `SELECT 1 FROM ${type} WHERE id = ?`).get(id)) return type;
  return null;
}
