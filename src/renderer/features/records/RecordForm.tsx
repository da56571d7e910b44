/**
 * A form for any record type, driven by FORM_SPECS. Validates with the same schema the services
 * use before sending, and shows the services' own field errors if they still refuse.
 */
import {
  Button,
  Checkbox,
  Grid,
  Input,
  Group,
  MultiSelect,
  NumberInput,
  Rating,
  Select,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { RECORD_SCHEMAS } from '../../../shared/records/recordTypes';
import type { FieldIssue } from '../../../shared/api/result';
import { ApiCallError } from '../../api/useApi';
import { MoneyInput } from '../../components/MoneyInput';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';
import { FORM_SPECS, type FieldSpec, type FormRecordType } from './recordFormSpecs';
import { readFormFields, schemaDefault, toFormValue } from './recordFormValues';
import { DateField } from '../../components/DateField';

export interface RecordChoice {
  value: string;
  label: string;
}

export interface RecordFormProps {
  type: FormRecordType;
  /** The record being edited; absent when creating. */
  initial?: Record<string, unknown>;
  /** Defaults for a new record (accountId, currency, today's date…). */
  defaults?: Record<string, unknown>;
  stakeholders?: RecordChoice[];
  contracts?: RecordChoice[];
  submitLabel?: string;
  /** Shown under the fields; a function sees the values as typed so far. */
  extra?: React.ReactNode | ((values: Record<string, unknown>) => React.ReactNode);
  onSubmit(fields: Record<string, unknown>): Promise<void>;
  onCancel(): void;
}

export function RecordForm(props: RecordFormProps) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const specs = FORM_SPECS[props.type];
  const source = { ...props.defaults, ...props.initial };
  const currencyOf = (values: Record<string, unknown>, spec: FieldSpec) =>
    String(values[spec.currencyField ?? 'currency'] ?? source.currency ?? 'USD');
  const [values, setValues] = useState<Record<string, unknown>>(() =>
    Object.fromEntries(
      specs.map((spec) => [
        spec.name,
        spec.name in source
          ? toFormValue(spec, source[spec.name], currencyOf(source, spec), i18n)
          : toFormValue(spec, schemaDefault(props.type, spec.name), currencyOf(source, spec), i18n),
      ]),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const set = (name: string, value: unknown) => setValues((v) => ({ ...v, [name]: value }));
  // Once the text changes, the input says live what is wrong with it, not the last save's verdict.
  const setMoney = (name: string, text: string) => {
    set(name, text);
    setErrors(({ [name]: _, ...rest }) => rest);
  };
  // A record type may name a field its own way (a stakeholder's title is a job title).
  const fieldLabel = (name: string) => {
    const own = `field.${props.type}.${name}` as MessageKey;
    const text = t(own);
    return text === own ? t(`field.${name}` as MessageKey) : text;
  };
  const issueText = (issue: { code: string; message: string }) => {
    const key = `validation.${issue.code}` as MessageKey;
    const text = t(key);
    return text === key ? issue.message : text;
  };
  const showIssues = (issues: FieldIssue[]) =>
    setErrors(
      Object.fromEntries(
        issues.map((issue) => [issue.path.split('.').at(-1) ?? '', issueText(issue)]),
      ),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const schema = RECORD_SCHEMAS[props.type];
    const { fields, moneyIssues } = readFormFields(props.type, specs, values, i18n, (spec) =>
      currencyOf(values, spec),
    );
    const full = { ...props.defaults, ...props.initial, ...fields };
    const check = schema.safeParse(full);
    if (!check.success || moneyIssues.length) {
      // The money reader's words say more than the schema's "not a number", so they win.
      const schemaIssues = check.success
        ? []
        : check.error.issues.map((i) => ({
            path: i.path.map(String).join('.'),
            code: i.message,
            message: i.message,
          }));
      const money = new Set(moneyIssues.map((i) => i.path));
      showIssues([...schemaIssues.filter((i) => !money.has(i.path)), ...moneyIssues]);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await props.onSubmit(props.initial ? fields : { ...props.defaults, ...fields });
    } catch (error) {
      if (error instanceof ApiCallError)
        showIssues(
          error.error.issues ?? [
            { path: '_', code: error.error.code, message: error.error.message },
          ],
        );
      else throw error;
    } finally {
      setSaving(false);
    }
  };

  const input = (spec: FieldSpec) => {
    const common = {
      label: fieldLabel(spec.name),
      error: errors[spec.name],
      withAsterisk: spec.required,
      name: spec.name,
    };
    const value = values[spec.name];
    switch (spec.kind) {
      case 'text':
        return (
          <TextInput
            {...common}
            value={String(value ?? '')}
            onChange={(e) => set(spec.name, e.currentTarget.value)}
          />
        );
      case 'textarea':
        return (
          <Textarea
            {...common}
            autosize
            minRows={2}
            maxRows={8}
            value={String(value ?? '')}
            onChange={(e) => set(spec.name, e.currentTarget.value)}
          />
        );
      case 'markdown':
        return (
          <Textarea
            {...common}
            description={t('form.markdownHint')}
            autosize
            minRows={5}
            maxRows={16}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={String(value ?? '')}
            onChange={(e) => set(spec.name, e.currentTarget.value)}
          />
        );
      case 'date':
        return (
          <DateField
            {...common}
            value={String(value ?? '')}
            onChange={(iso) => set(spec.name, iso)}
            clearable={!spec.required}
          />
        );
      case 'select':
        return (
          <Select
            {...common}
            data={[
              ...(spec.optional ? [{ value: '', label: t('form.none') }] : []),
              ...(spec.options ?? []).map((o) => ({ value: o, label: label(o) })),
            ]}
            value={String(value ?? '')}
            allowDeselect={false}
            onChange={(v) => set(spec.name, v ?? '')}
          />
        );
      case 'money':
        return (
          <MoneyInput
            label={common.label}
            name={spec.name}
            error={common.error}
            required={spec.required}
            currency={currencyOf(values, spec)}
            value={String(value ?? '')}
            onChange={(text) => setMoney(spec.name, text)}
          />
        );
      case 'integer':
      case 'decimal':
        return (
          <NumberInput
            {...common}
            value={value as number | string}
            allowDecimal={spec.kind !== 'integer'}
            thousandSeparator=","
            // A comma is only ever a thousands separator here (Mantine would take it for a point).
            allowedDecimalSeparators={['.']}
            onChange={(v) => set(spec.name, v)}
          />
        );
      case 'stars':
        return (
          <Input.Wrapper {...common}>
            <Rating
              size="lg"
              value={typeof value === 'number' ? value : 0}
              onChange={(v) => set(spec.name, v)}
              aria-label={fieldLabel(spec.name)}
            />
          </Input.Wrapper>
        );
      case 'boolean':
        return (
          <Checkbox
            mt="xl"
            label={fieldLabel(spec.name)}
            checked={Boolean(value)}
            onChange={(e) => set(spec.name, e.currentTarget.checked)}
          />
        );
      case 'tags':
        return (
          <TagsInput
            {...common}
            value={(value as string[]) ?? []}
            onChange={(v) => set(spec.name, v)}
          />
        );
      case 'stakeholders':
        return (
          <MultiSelect
            {...common}
            searchable
            data={props.stakeholders ?? []}
            value={(value as string[]) ?? []}
            onChange={(v) => set(spec.name, v)}
          />
        );
      case 'stakeholder':
      case 'contract': {
        const data =
          spec.kind === 'stakeholder' ? (props.stakeholders ?? []) : (props.contracts ?? []);
        return (
          <Select
            {...common}
            searchable
            data={[...(spec.required ? [] : [{ value: '', label: t('form.none') }]), ...data]}
            value={String(value ?? '')}
            onChange={(v) => set(spec.name, v ?? '')}
          />
        );
      }
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Grid>
          {specs.map((spec) => (
            <Grid.Col key={spec.name} span={spec.wide ? 12 : 6}>
              {input(spec)}
            </Grid.Col>
          ))}
        </Grid>
        {errors._ ? (
          <div role="alert" style={{ color: 'var(--mantine-color-red-6)' }}>
            {errors._}
          </div>
        ) : null}
        {typeof props.extra === 'function' ? props.extra(values) : props.extra}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {props.submitLabel ?? t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
