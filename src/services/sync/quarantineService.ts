/**
 * The changes sync held back (quarantined) because they failed validation: which record, which
 * field, why, and the value refused — for the Sync page and `outpost quarantine`. Nothing here
 * trusts the kept data: it was refused for being wrong, so it is only shown, never applied.
 */
import { listQuarantined, type QuarantinedChange } from '../../db/sync/quarantineRepository';
import { prepared } from '../../db/preparedStatement';
import type { QuarantineView } from '../../shared/api/quarantineViews';
import { recordId } from '../../shared/records/fieldTypes';
import { fieldOfColumn } from '../../shared/sync/changeValidation';
import { isSyncTable } from '../../shared/sync/syncColumns';
import type { Workspace } from '../workspace';

const SHOWN_CHARS = 200;

function shown(value: unknown): unknown {
  return typeof value === 'string' && value.length > SHOWN_CHARS
    ? `${value.slice(0, SHOWN_CHARS)}… (${value.length.toLocaleString('en')} characters)`
    : value;
}

function accountOf(ws: Workspace, change: QuarantinedChange): string | null {
  if (change.table === 'accounts') return change.rowId;
  const named = change.data.account_id;
  if (typeof named === 'string' && recordId.safeParse(named).success) return named;
  if (!isSyncTable(change.table) || change.table === 'scorecards') return null;
  const row = prepared(ws.db.sqlite, `SELECT * FROM ${change.table} WHERE id = ?`).get(
    change.rowId,
  ) as Record<string, unknown> | undefined;
  return typeof row?.account_id === 'string' && row.account_id !== '' ? row.account_id : null;
}

/** The value a problem is about: a field's, or the id, row id or table itself. */
function refused(change: QuarantinedChange, column: string, code: string): unknown {
  if (column.startsWith('base.')) return null;
  if (column) return change.data[column] ?? null;
  if (code === 'invalidChangeId') return change.id;
  if (code === 'invalidRowId') return change.rowId;
  return code === 'unknownTable' ? change.table : null;
}

function toView(ws: Workspace, change: QuarantinedChange): QuarantineView {
  const accountId = accountOf(ws, change);
  const account = accountId
    ? (prepared(ws.db.sqlite, 'SELECT name FROM accounts WHERE id = ?').get(accountId) as
        { name: string } | undefined)
    : undefined;
  return {
    id: change.id,
    type: change.table,
    rowId: change.rowId,
    accountId: account ? accountId : null,
    accountName: account?.name ?? '',
    author: change.author,
    origin: change.origin,
    receivedAt: change.receivedAt,
    problems: change.problems.map((p) => ({
      column: p.column,
      field: p.column && !p.column.includes('.') ? fieldOfColumn(p.column) : '',
      code: p.code,
      reason: p.reason,
      value: shown(refused(change, p.column, p.code)),
    })),
  };
}

export function listQuarantineViews(ws: Workspace, limit = 500): QuarantineView[] {
  return listQuarantined(ws.db.sqlite, limit).map((change) => toView(ws, change));
}
