/**
 * The Conflicts view's use cases: list the values of this user that lost to another device, with
 * both values, who and when; keep theirs, or restore mine as a new edit (which then syncs and
 * wins everywhere, being the newest).
 */
import { hlcMillis } from '../../shared/sync/hlcFormat';
import { decodeValue, tableColumns, type SqlValue } from '../../db/changeCapture/tableColumns';
import {
  getConflict,
  listConflicts,
  markResolved,
  type ConflictFilter,
  type ConflictRow,
} from '../../db/sync/conflictRepository';
import { prepared } from '../../db/preparedStatement';
import { RECORD_TYPES, type RecordType } from '../../shared/records/recordTypes';
import type { ConflictView } from '../../shared/api/views';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';

const TITLE_COLUMNS = ['name', 'title', 'summary', 'subject', 'text', 'date'];

function isRecordType(value: string): value is RecordType {
  return (RECORD_TYPES as string[]).includes(value);
}

function toView(ws: Workspace, conflict: ConflictRow): ConflictView {
  const type = conflict.table;
  if (!isRecordType(type)) throw new Error(`Unknown table ${type} in a conflict`);
  const column = tableColumns(type).find((c) => c.column === conflict.column);
  const decode = (json: string) =>
    column ? decodeValue(column.kind, JSON.parse(json) as SqlValue) : JSON.parse(json);
  const row = prepared(ws.db.sqlite, `SELECT * FROM ${type} WHERE id = ?`).get(conflict.rowId) as
    Record<string, SqlValue> | undefined;
  const accountId = type === 'accounts' ? conflict.rowId : ((row?.account_id as string) ?? null);
  const account = accountId
    ? (prepared(ws.db.sqlite, 'SELECT name FROM accounts WHERE id = ?').get(accountId) as
        { name: string } | undefined)
    : undefined;
  const titleColumn = TITLE_COLUMNS.find((c) => typeof row?.[c] === 'string' && row[c] !== '');
  return {
    id: conflict.id,
    type,
    rowId: conflict.rowId,
    field: column?.field ?? conflict.column,
    accountId,
    accountName: account?.name ?? '',
    recordTitle: titleColumn ? String(row?.[titleColumn]) : '',
    mine: decode(conflict.localValue),
    theirs: decode(conflict.remoteValue),
    mineAt: new Date(hlcMillis(conflict.localHlc)).toISOString(),
    theirsAt: new Date(hlcMillis(conflict.remoteHlc)).toISOString(),
    theirAuthor: conflict.remoteAuthor,
    concurrent: conflict.concurrent,
    detectedAt: conflict.detectedAt,
    resolution: conflict.resolution as ConflictView['resolution'],
    current: column && row ? decodeValue(column.kind, row[conflict.column] ?? null) : null,
  };
}

export function listConflictViews(ws: Workspace, filter: ConflictFilter): ConflictView[] {
  return listConflicts(ws.db.sqlite, filter).map((c) => toView(ws, c));
}

export function resolveConflict(ws: Workspace, id: number, keep: 'mine' | 'theirs'): ConflictView {
  const conflict = getConflict(ws.db.sqlite, id);
  if (!conflict) throw new ServiceError('not_found', `No conflict with id ${id}`);
  const view = toView(ws, conflict);
  ws.db.sqlite.transaction(() => {
    if (keep === 'mine')
      ws.writer.update(view.type as RecordType, view.rowId, { [view.field]: view.mine });
    markResolved(ws.db.sqlite, id, keep === 'mine' ? 'restored_mine' : 'kept_theirs', ws.nowIso());
  })();
  return toView(ws, getConflict(ws.db.sqlite, id)!);
}
