/**
 * The sync protocol (DESIGN.md §8), version 1: HTTP + JSON, bearer token per device.
 *
 * - `POST /v1/push {clientId, changes[]}` → `{acknowledged, seq}`; idempotent on change id (a
 *   repeated id with other content is refused, 409 `change_conflict`).
 * - `GET /v1/pull?since=SEQ&limit=N` → `{changes, nextCursor, hasMore, checksum}`.
 * - `GET /v1/snapshot?after=KEY&limit=N` → the team's current rows for a new device.
 *
 * A change is one write: the fields it set on one row, all stamped with one HLC, which is also
 * the change's id (unique, because the HLC carries the node that issued it). Values are as SQLite
 * stores them: booleans 0/1, lists as JSON text.
 */
import { z } from 'zod';
import type { ChangeProblem } from './changeValidation';
import { HLC_PATTERN } from './hlcFormat';

export const PROTOCOL_VERSION = 1;
export const MAX_PUSH_CHANGES = 2000;
export const MAX_PAGE = 5000;
export const DEFAULT_PAGE = 2000;
/** Pull and snapshot pages also stop before this many bytes (after one entry at least). */
export const DEFAULT_PAGE_BYTES = 4 * 1024 * 1024;

export type SqlValue = string | number | null;

export const clientIdSchema = z
  .string()
  .regex(/^[0-9a-f]{16}$/, 'clientId must be 16 lowercase hex digits');

const rowIdSchema = z
  .string()
  .min(1, 'rowId may not be empty')
  .max(64, 'rowId is longer than 64 characters')
  .regex(/^[0-9A-Za-z_-]+$/, 'rowId may hold only letters, digits, "-" and "_"');

export const changeSchema = z
  .object({
    id: z.string().regex(HLC_PATTERN, 'id must be a hybrid logical clock timestamp'),
    table: z.string(),
    rowId: rowIdSchema,
    data: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    /** For an update: the HLC each changed field had when its writer overwrote it. */
    base: z
      .record(z.string(), z.string().regex(HLC_PATTERN, 'base holds HLC timestamps'))
      .nullable()
      .optional(),
  })
  .strict()
  .superRefine((change, ctx) => {
    // The shape only: what each field means is checked by changeProblems (changeValidation.ts),
    // which names the table, row and field of a refused change.
    if (Object.keys(change.data).length === 0)
      ctx.addIssue({ code: 'custom', path: ['data'], message: 'a change sets at least one field' });
    for (const column of Object.keys(change.base ?? {}))
      if (!Object.hasOwn(change.data, column))
        ctx.addIssue({ code: 'custom', path: ['base', column], message: 'is not a field of data' });
  });

export type SyncChange = z.infer<typeof changeSchema>;

export const pushRequestSchema = z
  .object({
    clientId: clientIdSchema,
    changes: z
      .array(changeSchema)
      .max(MAX_PUSH_CHANGES, `at most ${MAX_PUSH_CHANGES} changes per push`),
  })
  .strict();

export type PushRequest = z.infer<typeof pushRequestSchema>;

export interface PushResponse {
  /** Every change id of the request: stored now or already stored before. */
  acknowledged: string[];
  /** How many of them were new to the server. */
  stored: number;
  /** The team's sequence after this push. */
  seq: number;
}

/** A whole number written in plain digits, as query strings carry it. */
const digits = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,16}$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`);

export const pullQuerySchema = z
  .object({
    since: digits('since', 0, Number.MAX_SAFE_INTEGER).default(0),
    limit: digits('limit', 1, MAX_PAGE).default(DEFAULT_PAGE),
    clientId: clientIdSchema,
    /** 1 also returns this client's own changes (used to repair a diverged replica). */
    own: z.enum(['0', '1']).default('0'),
  })
  .strict();

export type PullQuery = z.output<typeof pullQuerySchema>;

export interface PulledChange extends SyncChange {
  seq: number;
  /** The name of the user whose device made the change. */
  author: string;
}

export interface PullResponse {
  changes: PulledChange[];
  /** Pass as `since` next time: every change up to it has been returned (or is the caller's). */
  nextCursor: number;
  hasMore: boolean;
  /** The team checksum over every change up to nextCursor (see changeChecksum). */
  checksum: string;
}

export const snapshotQuerySchema = z
  .object({
    after: z
      .string()
      .max(200)
      .regex(/^[a-z_]+\/[0-9A-Za-z_-]+$/, 'after must be "table/rowId"')
      .optional(),
    limit: digits('limit', 1, MAX_PAGE).default(DEFAULT_PAGE),
  })
  .strict();

export type SnapshotQuery = z.output<typeof snapshotQuerySchema>;

/** Each field's current value and the HLC of the change that set it. */
export type RowFields = Record<string, [SqlValue, string]>;

export interface SnapshotRow {
  table: string;
  rowId: string;
  fields: RowFields;
}

export interface SnapshotResponse {
  rows: SnapshotRow[];
  /** `table/rowId` to ask for the next page, or null after the last one. */
  next: string | null;
  /** The team's sequence and checksum when this page was read: pull from here afterwards. */
  seq: number;
  checksum: string;
  /** On the first page only: how many rows the whole snapshot holds (for the progress shown). */
  total?: number;
}

export interface HealthResponse {
  status: 'ok';
  service: 'outpost-sync';
  protocol: number;
  store: 'sqlite' | 'postgres';
}

export type SyncErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'payload_too_large'
  | 'rate_limited'
  | 'clock_drift'
  /** 409: a change id the server already holds arrived with other content. */
  | 'change_conflict'
  /** 409: the client id is another device's (a copied database); take a new one. */
  | 'node_taken'
  | 'invalid_change'
  | 'quota_exceeded'
  | 'internal';

export interface SyncErrorBody {
  error: {
    code: SyncErrorCode;
    message: string;
    /** With clock_drift: the server's clock (ISO), so the client can say how far off it is. */
    serverTime?: string;
    /** With invalid_change: the first change refused, its table, row, field and reason. */
    problem?: ChangeProblem;
  };
}

/** The first few problems of a failed parse, in one line a person can act on. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const lines = error.issues
    .slice(0, limit)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  const more = error.issues.length - limit;
  return lines.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}
