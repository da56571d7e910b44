/**
 * The columns of Outpost's own export of an import entity (`export ENTITY --format csv|xlsx`):
 * exactly the fields the import reads, headed by the names its `outpost` header profile knows, so
 * the file comes back in with no mapping and changes nothing. A record names its account by the
 * account's id in its source and its name, and keeps its own id in its source when it has one.
 * Links between records (reports-to, renewal-of, attendees) are Outpost ids and are left out.
 */
import { ENTITY_FIELDS, type FieldKind, type ImportEntity } from './importEntities';

export interface EntityColumn {
  header: string;
  field: string;
  kind: FieldKind;
}

/** One exported cell: text, a number, yes/no, a day, or an amount in minor units of a currency. */
export type EntityCell =
  string | number | boolean | { date: string } | { minor: number; currency: string } | null;

export interface EntityTable {
  entity: ImportEntity;
  columns: EntityColumn[];
  rows: EntityCell[][];
}

/** Read back through the record's account, not from the record itself. */
const LINKS = new Set(['accountExternalId', 'accountName']);
/** Exported although they are not stored under their own name. */
const EXPORTED_VIRTUAL = new Set(['externalId', ...LINKS]);
/** Money columns carry amounts in major units, so they are headed by what they hold. */
const HEADERS: Record<string, string> = { arrMinor: 'ARR', amountMinor: 'Amount' };

/** `startDate` → `Start date`: the words the `outpost` profile reads as the field. */
function headerOf(field: string): string {
  const known = HEADERS[field];
  if (known) return known;
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function entityColumns(entity: ImportEntity): EntityColumn[] {
  return ENTITY_FIELDS[entity]
    .filter((f) => !f.virtual || EXPORTED_VIRTUAL.has(f.field))
    .map((f) => ({ header: headerOf(f.field), field: f.field, kind: f.kind }));
}

/** The parts of a record and its account the cells are read from. */
type Fields = Record<string, unknown>;

function cellOf(column: EntityColumn, record: Fields, account: Fields | null): EntityCell {
  const value = LINKS.has(column.field)
    ? account?.[column.field === 'accountName' ? 'name' : 'externalId']
    : record[column.field];
  switch (column.kind) {
    case 'date':
      return typeof value === 'string' && value !== '' ? { date: value } : null;
    case 'money':
      return typeof value === 'number'
        ? { minor: value, currency: String(record.currency ?? '') }
        : null;
    case 'int':
    case 'percent':
      return typeof value === 'number' ? value : null;
    case 'bool':
      return typeof value === 'boolean' ? value : null;
    case 'list':
      return Array.isArray(value) && value.length > 0 ? value.map(String).join(';') : null;
    default:
      return typeof value === 'string' && value !== '' ? value : null;
  }
}

/** A record as the cells of its row; `account` is null for accounts themselves. */
export function entityRow(
  columns: readonly EntityColumn[],
  record: Fields,
  account: Fields | null,
): EntityCell[] {
  return columns.map((c) => cellOf(c, record, account));
}
