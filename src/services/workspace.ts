/**
 * A workspace is one open Outpost database with what writes need: the replica's hybrid logical
 * clock, the change-capturing writer, and the sources of time and ids. Hosts open one and hand it
 * to services; tests open many side by side.
 */
import { randomBytes } from 'node:crypto';
import { HybridLogicalClock } from '../core/hlc';
import { uuidv7 } from '../core/uuidv7';
import { latestHlc } from '../db/changeCapture/changeLog';
import { RecordWriter } from '../db/changeCapture/recordWriter';
import { openDatabase, type AppDb } from '../db/openDatabase';
import { readMeta, writeMeta } from '../db/repositories/metaRepository';

export interface WorkspaceOptions {
  migrationsDir?: string;
  /** Wall clock in Unix milliseconds. */
  wallClock?: () => number;
  /** Random bytes for ids and the node id. */
  random?: (size: number) => Uint8Array;
  /** Whether a missing file may be created (default: yes, as the app's own database is). */
  create?: boolean;
}

export interface Workspace {
  db: AppDb;
  nodeId: string;
  clock: HybridLogicalClock;
  writer: RecordWriter;
  newId(): string;
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
  const db = openDatabase(file, options.migrationsDir, { create: options.create ?? true });
  let nodeId = readMeta(db.sqlite, 'node_id');
  if (!nodeId) {
    nodeId = Buffer.from(random(8)).toString('hex');
    writeMeta(db.sqlite, 'node_id', nodeId);
  }
  const clock = new HybridLogicalClock(nodeId, wallClock, latestHlc(db.sqlite));
  const nowIso = () => new Date(wallClock()).toISOString();
  return {
    db,
    nodeId,
    clock,
    writer: new RecordWriter(db.sqlite, clock, nowIso),
    newId: () => uuidv7(wallClock(), random(10)),
    today: () => localDate(wallClock()),
    nowIso,
    close: () => db.close(),
  };
}
