/**
 * Resetting the sync state, for a device used under another sign-in (another user's token): a
 * new node id, and the cursor, the snapshot under way, the checksum and the last success
 * forgotten, so the next round reads the team's log from its start. Unsynced changes are kept:
 * they move to the new node id and go with the next push.
 */
import { ZERO_CHECKSUM } from '../../core/sync/changeChecksum';
import { resetChecksum } from '../../db/sync/syncLog';
import { forgetSyncProgress } from '../../db/sync/syncState';
import type { Workspace } from '../workspace';
import { takeNewNodeId, type NodeChange } from './nodeIdentity';

export function resetSyncState(ws: Workspace): NodeChange {
  const db = ws.db.sqlite;
  return takeNewNodeId(ws, 'reset', ws.random, () => {
    forgetSyncProgress(db);
    resetChecksum(db, ZERO_CHECKSUM);
  });
}
