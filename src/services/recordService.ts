/**
 * Create, edit, delete and undelete any synced record. Input is validated against the record's
 * schema (an edit is validated as the whole record it produces), and every write goes through the
 * change-capturing writer.
 */
import {
  RECORD_SCHEMAS,
  recordFieldNames,
  type RecordType,
  type StoredRecord,
} from '../shared/records/recordTypes';
import type { z } from 'zod';
import type { FieldIssue } from '../shared/api/result';
import { findRecord } from '../db/repositories/recordRepository';
import { fieldIssues, invalidInput, ServiceError } from './serviceError';
import type { Workspace } from './workspace';

function rejectUnknownFields(
  type: RecordType,
  fields: Record<string, unknown>,
  prefix: string,
): void {
  const known = new Set(recordFieldNames(type));
  const unknown = Object.keys(fields).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw invalidInput(
      unknown.map((key) => ({
        path: `${prefix}.${key}`,
        code: 'unknownField',
        message: `${key} is not a field of ${type}`,
      })),
    );
  }
}

function validate(
  ws: Workspace,
  type: RecordType,
  fields: Record<string, unknown>,
  prefix: string,
): Record<string, unknown> {
  const parsed = RECORD_SCHEMAS[type].safeParse(fields);
  if (!parsed.success) throw invalidInput(fieldIssues(parsed.error, prefix));
  const values = parsed.data as Record<string, unknown>;
  validateRules(ws, type, values, prefix);
  return values;
}

/** The rules across fields and records; with `touched`, only those the given fields are in. */
function validateRules(
  ws: Workspace,
  type: RecordType,
  values: Record<string, unknown>,
  prefix: string,
  touched?: ReadonlySet<string>,
): void {
  const concerns = (...fields: string[]) => !touched || fields.some((f) => touched.has(f));
  if (
    type === 'accounts' &&
    values.stageOverride &&
    !values.stageOverrideReason &&
    concerns('stageOverride', 'stageOverrideReason')
  ) {
    // A stage set by hand must say why, so the next person can tell when to lift it.
    throw invalidInput([
      {
        path: `${prefix}.stageOverrideReason`,
        code: 'required',
        message: `${prefix}.stageOverrideReason is required when the stage is overridden`,
      },
    ]);
  }
  if ('accountId' in RECORD_SCHEMAS[type].shape && concerns('accountId')) {
    const accountId = values.accountId as string;
    const account = findRecord(ws.db.sqlite, 'accounts', accountId);
    if (!account || account.deleted) {
      const issue: FieldIssue = {
        path: `${prefix}.accountId`,
        code: 'unknownAccount',
        message: `${prefix}.accountId does not name an existing account`,
      };
      throw invalidInput([issue]);
    }
  }
}

export function requireRecord<T extends RecordType>(
  ws: Workspace,
  type: T,
  id: string,
): StoredRecord<T> {
  const record = findRecord(ws.db.sqlite, type, id);
  if (!record || record.deleted)
    throw new ServiceError('not_found', `No ${type} record with id ${id}`);
  return record;
}

export function createRecord<T extends RecordType>(
  ws: Workspace,
  type: T,
  fields: Record<string, unknown>,
  /** A derived id (one record however many times or places it is made), else a new one. */
  givenId?: string,
): StoredRecord<T> {
  rejectUnknownFields(type, fields, 'fields');
  const values = validate(ws, type, fields, 'fields');
  const id = givenId ?? ws.newId();
  const write = () => {
    ws.writer.insert(type, id, values);
    if (type === 'accounts') {
      // Every account starts with its (empty) sales → CS handover checklist.
      ws.writer.insert('handovers', ws.newId(), RECORD_SCHEMAS.handovers.parse({ accountId: id }));
    }
  };
  // Inside a caller's transaction (an import of 100k rows) that transaction makes the writes
  // one. A savepoint per record has SQLite journal each page the record touches and the
  // full-text index flush its pending terms: it made an import of 30k contacts a quarter slower.
  if (ws.db.sqlite.inTransaction) write();
  else ws.db.sqlite.transaction(write)();
  return requireRecord(ws, type, id);
}

export function updateRecord<T extends RecordType>(
  ws: Workspace,
  type: T,
  id: string,
  patch: Record<string, unknown>,
): StoredRecord<T> {
  rejectUnknownFields(type, patch, 'patch');
  const existing = requireRecord(ws, type, id) as Record<string, unknown>;
  const current = Object.fromEntries(recordFieldNames(type).map((key) => [key, existing[key]]));
  let values: Record<string, unknown>;
  try {
    values = validate(ws, type, { ...current, ...patch }, 'patch');
  } catch (error) {
    values = patchAlone(type, patch, error);
    // The rules across fields still hold for what the patch sets.
    validateRules(ws, type, { ...current, ...values }, 'patch', new Set(Object.keys(patch)));
  }
  ws.writer.update(type, id, values);
  return requireRecord(ws, type, id);
}

/**
 * A record can hold a value the user never touched that its schema refuses — a row that arrived
 * one field at a time by sync, or that an older server let through. Such a value must not stop
 * an edit of other fields: when every problem lies outside the patch, the patch alone is checked,
 * field by field, and written; the rest stays as it is, to be fixed where it is shown.
 */
function patchAlone(
  type: RecordType,
  patch: Record<string, unknown>,
  error: unknown,
): Record<string, unknown> {
  if (!(error instanceof ServiceError) || error.code !== 'invalid_input' || !error.issues)
    throw error;
  const touches = (path: string) => Object.hasOwn(patch, path.split('.')[1] ?? '');
  if (error.issues.length === 0 || error.issues.some((issue) => touches(issue.path))) throw error;
  const shape = RECORD_SCHEMAS[type].shape as Record<string, z.ZodType>;
  const values: Record<string, unknown> = {};
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(patch)) {
    const parsed = shape[key]!.safeParse(value);
    if (parsed.success) values[key] = parsed.data;
    else issues.push(...fieldIssues(parsed.error, `patch.${key}`));
  }
  if (issues.length > 0) throw invalidInput(issues);
  return values;
}

/** Deletes are tombstones; the record and everything hanging off it can be restored. */
export function deleteRecord<T extends RecordType>(
  ws: Workspace,
  type: T,
  id: string,
): StoredRecord<T> {
  const record = requireRecord(ws, type, id);
  ws.writer.update(type, id, { deleted: true });
  return { ...record, deleted: true };
}

export function restoreRecord<T extends RecordType>(
  ws: Workspace,
  type: T,
  id: string,
): StoredRecord<T> {
  const record = findRecord(ws.db.sqlite, type, id);
  if (!record) throw new ServiceError('not_found', `No ${type} record with id ${id}`);
  ws.writer.update(type, id, { deleted: false });
  return requireRecord(ws, type, id);
}
