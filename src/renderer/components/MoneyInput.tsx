/** An amount typed in major units of its currency (12,000.50), with the currency beside it. */
import { NumberInput } from '@mantine/core';
import { useI18n } from '../i18n/i18nContext';

export function MoneyInput(props: {
  label: string;
  currency: string;
  value: number | string;
  onChange(value: number | string): void;
  disabled?: boolean;
  required?: boolean;
}) {
  const { minorDigits } = useI18n();
  return (
    <NumberInput
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      min={0}
      decimalScale={minorDigits(props.currency)}
      thousandSeparator=","
      disabled={props.disabled}
      required={props.required}
      rightSection={<span style={{ fontSize: 11 }}>{props.currency}</span>}
    />
  );
}
