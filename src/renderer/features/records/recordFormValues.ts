/**
 * How RecordForm's values relate to a record's fields: what each input starts with, and what it
 * hands the schema when the form saves. Money is text in the form (as typed) and integer minor
 * units in the record; readMoneyField is the one place that turns one into the other.
 */
import type { FieldIssue } from '../../../shared/api/result';
import { RECORD_SCHEMAS } from '../../../shared/records/recordTypes';
import { readMoneyField } from '../../components/readMoneyField';
import type { I18n } from '../../i18n/i18nContext';
import type { FieldSpec, FormRecordType } from './recordFormSpecs';

/** The schema's default for a field of a new record, if it has one. */
export function schemaDefault(type: FormRecordType, name: string): unknown {
  const shape = RECORD_SCHEMAS[type].shape as Record<
    string,
    { safeParse(v: unknown): { success: boolean; data?: unknown } }
  >;
  const result = shape[name]?.safeParse(undefined);
  return result?.success ? result.data : undefined;
}

function emptyValue(spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'select':
      return spec.optional ? '' : (spec.options?.[0] ?? '');
    case 'boolean':
      return false;
    case 'stars':
      return 0;
    case 'tags':
    case 'stakeholders':
      return [];
    default:
      return '';
  }
}

/** A money field holds text as typed; a stored amount starts as the app writes it (250,000.00). */
export function toFormValue(
  spec: FieldSpec,
  value: unknown,
  currency: string,
  i18n: I18n,
): unknown {
  if (spec.kind === 'money')
    return typeof value === 'number' ? i18n.moneyAmount(value, currency) : '';
  if ((spec.kind === 'integer' || spec.kind === 'decimal') && value === null) return '';
  return value ?? emptyValue(spec);
}

function fromFormValue(spec: FieldSpec, value: unknown, nullable: boolean): unknown {
  if (spec.kind === 'integer' || spec.kind === 'decimal') {
    if (value === '' || value === undefined) return nullable ? null : Number.NaN;
    return typeof value === 'number' ? value : Number(value);
  }
  return value;
}

/** The record's fields from the form's values, and the money fields that cannot be read. */
export function readFormFields(
  type: FormRecordType,
  specs: FieldSpec[],
  values: Record<string, unknown>,
  i18n: I18n,
  currencyOf: (spec: FieldSpec) => string,
): { fields: Record<string, unknown>; moneyIssues: FieldIssue[] } {
  const shape = RECORD_SCHEMAS[type].shape as Record<
    string,
    { safeParse(v: unknown): { success: boolean } }
  >;
  const fields: Record<string, unknown> = {};
  const moneyIssues: FieldIssue[] = [];
  for (const spec of specs) {
    const nullable = shape[spec.name]?.safeParse(null).success ?? false;
    if (spec.kind !== 'money') {
      fields[spec.name] = fromFormValue(spec, values[spec.name], nullable);
      continue;
    }
    const read = readMoneyField(i18n, String(values[spec.name] ?? ''), {
      currency: currencyOf(spec),
      required: !nullable,
    });
    fields[spec.name] = read.ok ? read.minor : Number.NaN;
    if (!read.ok) moneyIssues.push({ path: spec.name, code: 'money', message: read.message });
  }
  return { fields, moneyIssues };
}
