/**
 * One line of an imported file turned into the values of its record, by the mapping the user
 * confirmed: each mapped cell read as its field, several columns on one field combined, name
 * parts joined, a contract's total value annualised when no ARR column is given. Every cell that
 * cannot be read is an issue naming its line, column and what is wrong; the rest of the row is
 * still read, so one pass reports every problem.
 */
import { daysBetween } from '../dates';
import { readCell, type CellProblem } from './cellValues';
import { currencyOf } from './enumLabels';
import type { DateOrder } from './importDates';
import { ENTITY_FIELDS, type ImportEntity, type ImportField } from './importEntities';
import type { Lang } from '../../shared/format/formatters';

export interface ColumnMapping {
  /** The header as written in the file. */
  header: string;
  field: string | null;
}

export interface RowIssue {
  line: number;
  /** The column's header, '' for a problem of the whole row. */
  column: string;
  problem: CellProblem | string;
  value: string;
}

export interface MappedRow {
  line: number;
  /** Stored fields read from the row (only those the file gives). */
  values: Record<string, unknown>;
  externalId: string;
  accountExternalId: string;
  accountName: string;
  issues: RowIssue[];
}

export interface RowReadOptions {
  lang: Lang;
  /** The currency of amounts when the row has no currency column: the user's, else the account's. */
  currency: (account: { externalId: string; name: string }) => string;
  /** The day-month order of each date column (by column index), when it has one. */
  dateOrders: ReadonlyMap<number, DateOrder>;
}

const MONEY = new Set(['arrMinor', 'contractValue', 'amountMinor']);
const HAS_CJK = /[\u3400-\u9fff]/u;

/** First and last name as a person writes them: `Li Wei` in Latin script, `李伟` in Chinese. */
function fullName(first: string, last: string): string {
  if (HAS_CJK.test(first + last)) return `${last}${first}`;
  return [first, last].filter((p) => p !== '').join(' ');
}

const PERSON_NAME = new Set(['name', 'firstName', 'lastName']);
/**
 * A contact cell naming two people (`赵磊；陈静`, `Ann; Bo`), as Chinese sheets often list a
 * customer's contacts: one row makes one stakeholder, and which phone, email or role belongs to
 * whom cannot be told, so the row is refused with a message rather than guessed. A comma does not
 * separate people: `Lopez, Maria` is one.
 */
const severalPeople = (name: unknown): boolean =>
  typeof name === 'string' && /[;；、，|]/u.test(name);

const FIELDS_BY_ENTITY = new Map<ImportEntity, Map<string, ImportField>>();
/** The entity's fields by name, made once (a file has many rows). */
function fieldsOf(entity: ImportEntity): Map<string, ImportField> {
  let fields = FIELDS_BY_ENTITY.get(entity);
  if (!fields) {
    fields = new Map(ENTITY_FIELDS[entity].map((f) => [f.field, f]));
    FIELDS_BY_ENTITY.set(entity, fields);
  }
  return fields;
}

export function readImportRow(
  entity: ImportEntity,
  columns: readonly ColumnMapping[],
  cells: readonly string[],
  line: number,
  options: RowReadOptions,
): MappedRow | null {
  const fields = fieldsOf(entity);
  const issues: RowIssue[] = [];
  const read = new Map<string, unknown>();
  let any = false;
  // The row's currency first: its money cells are read in it.
  let currency: string | null = null;
  const link = { externalId: '', name: '' };
  columns.forEach((c, i) => {
    const cell = (cells[i] ?? '').trim();
    if (c.field === 'currency' && cell !== '') currency = currencyOf(cell) ?? currency;
    if (c.field === 'accountExternalId' && link.externalId === '') link.externalId = cell;
    if (c.field === 'accountName' && link.name === '') link.name = cell;
  });
  const readsMoney = columns.some(
    (c, i) => c.field && MONEY.has(c.field) && (cells[i] ?? '').trim() !== '',
  );
  currency ??= readsMoney ? options.currency(link) : '';
  columns.forEach((column, i) => {
    const raw = cells[i] ?? '';
    if (!column.field || raw.trim() === '') return;
    any = true;
    const field = fields.get(column.field) as ImportField;
    const value = readCell(field, raw, {
      lang: options.lang,
      currency: currency ?? '',
      dateOrder: options.dateOrders.get(i) ?? null,
    });
    if (!value.ok) {
      issues.push({ line, column: column.header, problem: value.problem, value: raw.trim() });
      return;
    }
    if (entity === 'stakeholders' && PERSON_NAME.has(field.field) && severalPeople(value.value)) {
      issues.push({ line, column: column.header, problem: 'severalPeople', value: raw.trim() });
      return;
    }
    const before = read.get(field.field);
    if (before === undefined) read.set(field.field, value.value);
    else if (field.several === 'join')
      read.set(field.field, `${String(before)}, ${String(value.value)}`);
  });
  if (!any) return null;

  const text = (field: string) =>
    typeof read.get(field) === 'string' ? (read.get(field) as string) : '';
  const values: Record<string, unknown> = {};
  for (const [field, value] of read) if (!fields.get(field)?.virtual) values[field] = value;
  if (values.name === undefined && (read.has('firstName') || read.has('lastName')))
    values.name = fullName(text('firstName'), text('lastName'));
  if (entity === 'contracts' && values.arrMinor === undefined && read.has('contractValue')) {
    const total = read.get('contractValue') as number;
    const start = values.startDate as string | undefined;
    const end = values.endDate as string | undefined;
    // A total contract value is annualised over its term; a one-year term (its last day given as
    // the end, or the day after) is its ARR as is.
    const days = start && end ? daysBetween(start, end) : 0;
    values.arrMinor =
      days >= 364 && days <= 366 ? total : days > 0 ? Math.round((total * 365) / days) : total;
  }
  if (currency !== '' && (read.has('currency') || readsMoney)) values.currency = currency;
  return {
    line,
    values,
    externalId: text('externalId'),
    accountExternalId: text('accountExternalId'),
    accountName: text('accountName'),
    issues,
  };
}
