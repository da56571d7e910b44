/**
 * A workspace is one open Outpost database with what writes need: the replica's hybrid logical
 * clock, the change-capturing writer, and the sources of time and ids. Hosts open one and hand it
 * to services; tests open many side by side.
 */
import { randomBytes } from 'node:crypto';
import { HybridLogicalClock } from '../core/hlc';
import { monotonicUuidv7 } from '../core/uuidv7';
import { latestHlc } from '../db/changeCapture/changeLog';
import { RecordWriter } from '../db/changeCapture/recordWriter';
import { openDatabase, type AppDb } from '../db/openDatabase';
import { checkCopiedDatabase, ensureNodeId, type NodeChange } from './sync/nodeIdentity';

export interface WorkspaceOptions {
  migrationsDir?: string;
  /** Wall clock in Unix milliseconds. */
  wallClock?: () => number;
  /** Random bytes for ids and the node id. */
  random?: (size: number) => Uint8Array;
  /** Whether a missing file may be created (default: yes, as the app's own database is). */
  create?: boolean;
  /** The key of an encrypted database (see services/security/databaseUnlock). */
  key?: Buffer | null;
}

export interface Workspace {
  db: AppDb;
  /** The replica's node id (sync client id): the clock's, which changes when a copy is caught. */
  readonly nodeId: string;
  clock: HybridLogicalClock;
  writer: RecordWriter;
  newId(): string;
  /** Random bytes (ids, node ids). */
  random(size: number): Uint8Array;
  /** Set when this open found the database copied from elsewhere and took a new node id. */
  readonly openedAsCopy: NodeChange | null;
  /** Today's date (the user's local calendar day) as YYYY-MM-DD. */
  today(): string;
  nowIso(): string;
  close(): void;
}

export function localDate(millis: number): string {
  const d = new Date(millis);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function openWorkspace(file: string, options: WorkspaceOptions = {}): Workspace {
  const wallClock = options.wallClock ?? Date.now;
  const random = options.random ?? ((size: number) => new Uint8Array(randomBytes(size)));
  const db = openDatabase(file, options.migrationsDir, {
    create: options.create ?? true,
    key: options.key ?? null,
  });
  const clock = new HybridLogicalClock(
    ensureNodeId({ db }, random),
    wallClock,
    latestHlc(db.sqlite),
  );
  const nowIso = () => new Date(wallClock()).toISOString();
  const ws: Workspace & { openedAsCopy: NodeChange | null } = {
    db,
    get nodeId() {
      return clock.node;
    },
    clock,
    writer: new RecordWriter(db.sqlite, clock, nowIso),
    newId: monotonicUuidv7(wallClock, random),
    random,
    today: () => localDate(wallClock()),
    nowIso,
    close: () => db.close(),
    openedAsCopy: null,
  };
  // Before anything writes: a copied database stops writing under the original's node id.
  ws.openedAsCopy = checkCopiedDatabase(ws, random);
  return ws;
}
