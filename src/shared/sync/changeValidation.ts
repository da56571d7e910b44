/**
 * What a sync change means, checked with the app's own record schemas (DESIGN.md §8, "Trust
 * nothing that arrives"): the server refuses a push holding a change that fails, and a replica
 * quarantines a pulled change that fails instead of applying it. There is one definition of
 * each rule — a column's check is its record schema's field (`src/shared/records`), run on the
 * value decoded the way the app reads it; a change holding every field of a record (an insert)
 * also passes the record's cross-field rules. Checks are compiled once per table and column.
 */
import type { z } from 'zod';
import { isoInstant, recordId } from '../records/fieldTypes';
import { RECORD_SCHEMAS } from '../records/recordTypes';
import { describeValidation, VALIDATION_MESSAGES } from '../records/validationMessages';
import type { ValidationCode } from '../records/validationMessages';
import { isHlc } from './hlcFormat';
import { SYNC_COLUMNS, columnValueProblem, isSyncTable, type SyncTable } from './syncColumns';
import type { SqlValue } from './syncProtocol';

export interface ChangeLike {
  id: string;
  table: string;
  rowId: string;
  data: Record<string, SqlValue>;
  base?: Record<string, string> | null | undefined;
}

export interface ChangeProblem {
  changeId: string;
  table: string;
  rowId: string;
  /** The column as it travels (`end_date`), or '' when the change's id, table or row is wrong. */
  column: string;
  /** A validation code (validationMessages.ts), for hosts that show it in the user's language. */
  code: ValidationCode;
  /** The problem in English, for logs, API errors and the CLI. */
  reason: string;
}

type Verdict = { code: ValidationCode; reason: string } | null;
type ColumnCheck = (value: SqlValue) => Verdict;

interface TableChecks {
  columns: Map<string, ColumnCheck>;
  /** Column → record field, for the record's own (cross-field) rules. */
  fields: Map<string, string>;
  /** Columns an insert may leave out: those added after the first release. */
  optional: Set<string>;
  /** The record schema, when it has cross-field rules beyond its fields'. */
  record: z.ZodType | null;
}

/** Ids, dates, enums and amounts repeat across rows: their verdicts are remembered. */
const MEMO_VALUE_CHARS = 64;
const MEMO_ENTRIES = 4096;

function memoized(check: ColumnCheck): ColumnCheck {
  const memo = new Map<string | number, Verdict>();
  return (value) => {
    if (value === null || (typeof value === 'string' && value.length > MEMO_VALUE_CHARS))
      return check(value);
    const known = memo.get(value);
    if (known !== undefined) return known;
    const result = check(value);
    if (memo.size < MEMO_ENTRIES) memo.set(value, result);
    return result;
  };
}

/** `end_date` → `endDate`: record fields are the columns in camel case (a test holds this). */
export function fieldOfColumn(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function verdict(error: z.ZodError): Verdict {
  const message = error.issues[0]?.message ?? 'invalidValue';
  return Object.hasOwn(VALIDATION_MESSAGES, message)
    ? { code: message as ValidationCode, reason: describeValidation(message) }
    : { code: 'invalidValue', reason: message };
}

/** A value as the app reads it from its column: booleans from 0/1, lists from JSON text. */
function decode(kind: string, value: SqlValue): unknown {
  if (kind === 'boolean') return value === 1;
  if (kind === 'list') return JSON.parse(value as string) as unknown;
  return value;
}

const SYSTEM: Record<string, z.ZodType> = {
  created_at: isoInstant,
  updated_at: isoInstant,
};

/** Columns added after the first release: an older client's insert does not have them. */
const ADDED_LATER = new Set(['external_id']);

function compile(table: SyncTable): TableChecks {
  const shape = RECORD_SCHEMAS[table].shape as Record<string, z.ZodType>;
  const columns = new Map<string, ColumnCheck>();
  const fields = new Map<string, string>();
  const optional = new Set<string>();
  for (const [column, kind] of Object.entries(SYNC_COLUMNS[table])) {
    const field = fieldOfColumn(column);
    const schema = SYSTEM[column] ?? (column === 'deleted' ? undefined : shape[field]);
    if (schema && !SYSTEM[column]) {
      fields.set(column, field);
      if (ADDED_LATER.has(column)) optional.add(column);
    }
    columns.set(
      column,
      memoized((value) => {
        const typeProblem = columnValueProblem(kind, value);
        if (typeProblem) return { code: 'wrongType', reason: typeProblem };
        if (!schema) return null;
        const parsed = schema.safeParse(decode(kind, value));
        return parsed.success ? null : verdict(parsed.error);
      }),
    );
  }
  const record = RECORD_SCHEMAS[table];
  // zod keeps an object's own refinements as its checks; without any, the fields say it all.
  const crossField = (record._zod.def.checks?.length ?? 0) > 0;
  return { columns, fields, optional, record: crossField ? record : null };
}

const CHECKS = new Map<string, TableChecks>();

function checksOf(table: SyncTable): TableChecks {
  let checks = CHECKS.get(table);
  if (!checks) {
    checks = compile(table);
    CHECKS.set(table, checks);
  }
  return checks;
}

function problem(
  change: ChangeLike,
  column: string,
  code: ValidationCode,
  reason = describeValidation(code),
): ChangeProblem {
  return { changeId: change.id, table: change.table, rowId: change.rowId, column, code, reason };
}

/** Every problem of a change; empty when it may be stored and applied. (Hot: no closures.) */
export function changeProblems(change: ChangeLike): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  if (!isHlc(change.id)) problems.push(problem(change, '', 'invalidChangeId'));
  if (!recordId.safeParse(change.rowId).success) problems.push(problem(change, '', 'invalidRowId'));
  if (change.base)
    for (const column in change.base)
      if (!isHlc(change.base[column] ?? ''))
        problems.push(problem(change, `base.${column}`, 'invalidChangeId'));
  if (!isSyncTable(change.table)) {
    problems.push(problem(change, '', 'unknownTable'));
    return problems;
  }
  const checks = checksOf(change.table);
  let fields = 0;
  for (const column in change.data) {
    fields++;
    const check = checks.columns.get(column);
    if (!check) {
      problems.push(problem(change, column, 'unknownColumn'));
      continue;
    }
    const result = check(change.data[column] ?? null);
    if (result) problems.push(problem(change, column, result.code, result.reason));
  }
  if (problems.length === 0 && checks.record && fields >= checks.fields.size - checks.optional.size)
    problems.push(...recordProblems(change, checks.record, checks));
  return problems;
}

/** A change holding every field of its record also keeps the record's cross-field rules. */
function recordProblems(
  change: ChangeLike,
  schema: z.ZodType,
  { fields, optional }: TableChecks,
): ChangeProblem[] {
  const record: Record<string, unknown> = {};
  const columnOf = new Map<string, string>();
  for (const [column, field] of fields) {
    if (!Object.hasOwn(change.data, column)) {
      if (optional.has(column)) continue;
      return [];
    }
    const kind = (SYNC_COLUMNS[change.table as SyncTable] as Record<string, string>)[column] ?? '';
    record[field] = decode(kind, change.data[column] ?? null);
    columnOf.set(field, column);
  }
  const parsed = schema.safeParse(record);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    const known = Object.hasOwn(VALIDATION_MESSAGES, issue.message);
    return {
      changeId: change.id,
      table: change.table,
      rowId: change.rowId,
      column: columnOf.get(field) ?? '',
      code: known ? (issue.message as ValidationCode) : 'invalidValue',
      reason: known ? describeValidation(issue.message) : issue.message,
    };
  });
}

const SUBJECT: Partial<Record<ValidationCode, string>> = {
  invalidChangeId: 'change id',
  invalidRowId: 'row id',
  rowIdTaken: 'row id',
  unknownTable: 'table',
};

/** One line naming the table, row, field and reason: `contracts/<row> end_date: must be …`. */
export function describeChangeProblem(problem: ChangeProblem): string {
  const subject = problem.column || SUBJECT[problem.code] || 'change';
  return `${problem.table}/${problem.rowId} ${subject}: ${problem.reason} (change ${problem.changeId})`;
}
