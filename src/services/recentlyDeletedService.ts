/**
 * "Recently deleted": every record a user deleted in the last 90 days, here or on a teammate's
 * device, with when and by whom, and the way back. Deleting an account leaves its records as they
 * are (hidden with it), so restoring it brings all of them back; restoring a record whose account
 * was deleted too brings the account back with it, or the record would stay out of sight.
 */
import { hlcNode } from '../shared/sync/hlcFormat';
import type {
  DeletedListView,
  DeletedRecordView,
  DeleteImpactView,
  RestoredRecordsView,
} from '../shared/api/deletedViews';
import {
  ACCOUNT_DEPENDENTS,
  DELETABLE_TYPES,
  RECENTLY_DELETED_DAYS,
  type DeletableType,
} from '../shared/records/deletableTypes';
import {
  accountName,
  countAccountDependents,
  deletionChange,
  listTombstones,
  deletableRecord,
  deletableTypeOf,
  type DeletedRow,
} from '../db/repositories/deletedRecordRepository';
import { nodeAuthor } from '../db/repositories/nodeAuthorRepository';
import { currentAuthor } from './profileService';
import { assertGenericWrite } from './recordWritePolicy';
import { ServiceError } from './serviceError';
import type { Workspace } from './workspace';

const DAY_MS = 86_400_000;

export interface DeletedQuery {
  type?: DeletableType | undefined;
  offset?: number;
  limit?: number;
}

export function listRecentlyDeleted(ws: Workspace, query: DeletedQuery = {}): DeletedListView {
  const db = ws.db.sqlite;
  const since = new Date(Date.parse(ws.nowIso()) - RECENTLY_DELETED_DAYS * DAY_MS).toISOString();
  const all = DELETABLE_TYPES.flatMap((type) => listTombstones(db, type, since));
  const byType = DELETABLE_TYPES.map((type) => ({
    type,
    count: all.filter((r) => r.type === type).length,
  })).filter((t) => t.count > 0);
  const matching = query.type ? all.filter((r) => r.type === query.type) : all;
  // Newest first; a tombstone's updated_at is the moment it was set (here or on the deleting device).
  matching.sort((a, b) =>
    a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1,
  );
  const offset = query.offset ?? 0;
  const page = matching.slice(offset, offset + (query.limit ?? 100));
  return {
    items: page.map((row) => describe(ws, row)),
    total: matching.length,
    byType,
    days: RECENTLY_DELETED_DAYS,
  };
}

function describe(ws: Workspace, row: DeletedRow): DeletedRecordView {
  const db = ws.db.sqlite;
  const change = deletionChange(db, row.type, row.id);
  const account = row.accountId ? accountName(db, row.accountId) : { name: '', deleted: false };
  const byThisDevice = change?.local ?? false;
  return {
    type: row.type,
    id: row.id,
    label: row.label,
    accountId: row.accountId,
    accountName: account.name,
    accountDeleted: row.type !== 'accounts' && account.deleted,
    deletedAt: row.updatedAt,
    deletedBy: byThisDevice ? currentAuthor(ws) : change ? nodeAuthor(db, hlcNode(change.hlc)) : '',
    byThisDevice,
    with: row.type === 'accounts' ? dependents(ws, row.id) : [],
  };
}

function dependents(ws: Workspace, accountId: string): DeleteImpactView['with'] {
  const counts = countAccountDependents(ws.db.sqlite, accountId);
  return ACCOUNT_DEPENDENTS.map((type) => ({ type, count: counts[type] })).filter(
    (d) => d.count > 0,
  );
}

/** What deleting a record takes with it, for the confirmation. */
export function deleteImpact(ws: Workspace, type: DeletableType, id: string): DeleteImpactView {
  const found = deletableRecord(ws.db.sqlite, type, id);
  if (!found || found.deleted)
    throw new ServiceError('not_found', `No ${type} record with id ${id}`);
  return {
    type,
    id,
    label: found.label,
    with: type === 'accounts' ? dependents(ws, id) : [],
  };
}

/** Brings a deleted record back, with its account when that was deleted too. */
export function restoreDeleted(
  ws: Workspace,
  type: DeletableType,
  id: string,
): RestoredRecordsView {
  assertGenericWrite(type, 'restore');
  const db = ws.db.sqlite;
  const found = deletableRecord(db, type, id);
  if (!found) throw new ServiceError('not_found', `No ${type} record with id ${id}`);
  const restored: RestoredRecordsView['restored'] = [];
  db.transaction(() => {
    const account =
      type !== 'accounts' && found.accountId
        ? deletableRecord(db, 'accounts', found.accountId)
        : null;
    if (account?.deleted) {
      ws.writer.update('accounts', found.accountId, { deleted: false });
      restored.push({ type: 'accounts', id: found.accountId, label: account.label });
    }
    if (found.deleted) {
      ws.writer.update(type, id, { deleted: false });
      restored.push({ type, id, label: found.label });
    }
  })();
  return { restored };
}

/** Restores by id alone (the CLI's `deleted restore ID`): record ids are unique across types. */
export function restoreDeletedById(ws: Workspace, id: string): RestoredRecordsView {
  const type = deletableTypeOf(ws.db.sqlite, id);
  if (!type) throw new ServiceError('not_found', `No deleted record with id ${id}`);
  return restoreDeleted(ws, type, id);
}
