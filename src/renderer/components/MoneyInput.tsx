/**
 * A money field: keeps exactly what the user types (250,000 · 25万 · $1.2m), reads it in the
 * app's language, and shows under the field what it will save ("= $250,000.00") or why it
 * cannot. Leaving the field rewrites it in the app's own notation. The form reads the amount with
 * readMoneyField when it saves, so nothing invalid is ever written.
 */
import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../i18n/i18nContext';
import { readMoneyField } from './readMoneyField';

export interface MoneyInputProps {
  label: string;
  currency: string;
  /** The text in the field. */
  value: string;
  onChange(text: string): void;
  /** Called on leaving the field with the amount read, when it can be read. */
  onAmount?(minor: number): void;
  allowNegative?: boolean;
  required?: boolean;
  disabled?: boolean;
  /** Show why the text is refused even before the field is left (the form tried to save). */
  showProblem?: boolean;
  /** A problem found by the form or the service; it wins over the hint. */
  error?: string | undefined;
  name?: string;
}

export function MoneyInput(props: MoneyInputProps) {
  const i18n = useI18n();
  const [left, setLeft] = useState(false);
  const { currency } = props;
  const read = readMoneyField(i18n, props.value, {
    currency,
    allowNegative: props.allowNegative ?? false,
    required: props.required ?? true,
  });
  // A required field left empty only says so once the user tried to save.
  const problem =
    !read.ok && !props.disabled && (props.showProblem || (left && !read.empty))
      ? read.message
      : undefined;
  const hint =
    read.ok && read.minor !== null && props.value.trim() && !props.disabled ? (
      <span data-testid={`money-hint-${props.name ?? 'amount'}`}>
        {i18n.t('money.hint', { amount: i18n.moneyExact(read.minor, currency) })}
      </span>
    ) : undefined;
  return (
    <TextInput
      label={props.label}
      name={props.name}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      onBlur={() => {
        setLeft(true);
        if (read.ok && read.minor !== null) {
          props.onChange(i18n.moneyAmount(read.minor, currency));
          props.onAmount?.(read.minor);
        }
      }}
      disabled={props.disabled}
      withAsterisk={props.required}
      autoComplete="off"
      spellCheck={false}
      description={hint}
      error={props.error ?? problem}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      rightSection={
        <Text size="xs" c="dimmed">
          {currency}
        </Text>
      }
      rightSectionWidth={48}
      rightSectionPointerEvents="none"
    />
  );
}
