/**
 * The replica's node id (the sync client id), and taking a new one when this database is no
 * longer the only one writing under it (DESIGN.md §8 "a database copied to another laptop takes
 * a new node id before it writes").
 *
 * How a copy is caught. The database remembers the identity of the file it lives in — its inode
 * (file index on Windows). SQLite never replaces its own file and a rename or move within a
 * volume keeps the number, so a normal move raises no alarm; but every way of making a second
 * database from this one — a file copy, a restored backup, a migration to a new laptop — writes
 * a new file with a new number, and the copy's first open takes a new node id before any write.
 * A block-level disk clone keeps even the inode, and nothing local (hostname, machine id, an
 * install id in the user-data folder: all cloned too) tells it from the original. The server
 * catches that one: it binds a node id to the device token that first used it, refuses a change
 * older than the newest it holds from that node (an HLC only moves forward, so only a second
 * copy can send one) and a repeated id with other content; the round then takes a new node id
 * (syncRound). A false alarm — a move across volumes — costs nothing but a new node id.
 *
 * Taking a new node id re-stamps the changes the server never acknowledged with it (same time
 * and counter, so their order and every field's winner stay), and leaves acknowledged ones as
 * they are: the server holds those under the old id.
 */
import { statSync } from 'node:fs';
import { latestHlc } from '../../db/changeCapture/changeLog';
import { readMeta, writeMeta } from '../../db/repositories/metaRepository';
import { otherNodeLocalIds, pendingIds, restampChanges } from '../../db/sync/restampChanges';
import { NODE_ID_KEY as NODE_ID } from '../../db/sync/syncState';
import type { Workspace } from '../workspace';

export const FILE_ID_KEY = 'node_file_id';
const FILE_ID = FILE_ID_KEY;
const NODE_CHANGE = 'node_change';

/** Why the replica took a new node id: its file was copied, the server said so, or on request. */
export type NodeChangeReason = 'copied' | 'taken' | 'reset';

export interface NodeChange {
  reason: NodeChangeReason;
  at: string;
  previous: string;
  node: string;
  /** Unacknowledged changes re-stamped with the new id. */
  restamped: number;
}

/** The database file's identity (its inode as text), or null where the system has none. */
export function databaseFileId(file: string): string | null {
  if (file === ':memory:' || file === '') return null;
  try {
    const { ino } = statSync(file, { bigint: true });
    return ino === 0n ? null : ino.toString();
  } catch {
    return null;
  }
}

/** The replica's node id, made on first open. */
export function ensureNodeId(ws: Pick<Workspace, 'db'>, random: (size: number) => Uint8Array) {
  let nodeId = readMeta(ws.db.sqlite, NODE_ID);
  if (!nodeId) {
    nodeId = Buffer.from(random(8)).toString('hex');
    writeMeta(ws.db.sqlite, NODE_ID, nodeId);
  }
  return nodeId;
}

/**
 * At open: when the file is not the one the node id was taken in, this is a copy and takes a
 * new node id before anything writes. Returns the change, or null.
 */
export function checkCopiedDatabase(
  ws: Workspace,
  random: (size: number) => Uint8Array,
): NodeChange | null {
  const current = databaseFileId(ws.db.file);
  if (current === null) return null;
  const recorded = readMeta(ws.db.sqlite, FILE_ID);
  if (recorded === current) return null;
  if (recorded === null) {
    // Opened first here (or by a version from before file ids): this file is the original.
    writeMeta(ws.db.sqlite, FILE_ID, current);
    return null;
  }
  return takeNewNodeId(ws, 'copied', random);
}

/** Swaps the node suffix of an HLC: the same moment and counter, stamped by `node`. */
function withNode(hlc: string, node: string): string {
  return hlc.slice(0, -16) + node;
}

/** `within` runs in the same transaction (e.g. a reset of the sync state). */
export function takeNewNodeId(
  ws: Workspace,
  reason: NodeChangeReason,
  random: (size: number) => Uint8Array,
  within: () => void = () => {},
): NodeChange {
  const db = ws.db.sqlite;
  const previous = ws.clock.node;
  let node = previous;
  while (node === previous) node = Buffer.from(random(8)).toString('hex');
  const change = db.transaction((): NodeChange => {
    const ids = pendingIds(db);
    restampChanges(db, new Map(ids.map((id) => [id, withNode(id, node)])));
    writeMeta(db, NODE_ID, node);
    const fileId = databaseFileId(ws.db.file);
    if (fileId !== null) writeMeta(db, FILE_ID, fileId);
    const result = { reason, at: ws.nowIso(), previous, node, restamped: ids.length };
    writeMeta(db, NODE_CHANGE, JSON.stringify(result));
    within();
    return result;
  })();
  ws.clock.restart(node, latestHlc(db));
  return change;
}

/**
 * Local changes stamped by a node id this replica had before are re-stamped with the current
 * one: for a server that never acknowledged them (a new server), which takes changes of a client
 * only under that client's own id. Their pushed marks are the caller's to reset.
 */
export function restampForNewServer(ws: Workspace): number {
  const db = ws.db.sqlite;
  const node = ws.clock.node;
  const ids = otherNodeLocalIds(db, node);
  restampChanges(db, new Map(ids.map((id) => [id, withNode(id, node)])));
  return ids.length;
}

export function lastNodeChange(ws: Pick<Workspace, 'db'>): NodeChange | null {
  const value = readMeta(ws.db.sqlite, NODE_CHANGE);
  return value ? (JSON.parse(value) as NodeChange) : null;
}
