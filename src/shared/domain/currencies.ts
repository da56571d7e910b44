/** Facts about currencies every layer needs: how many minor units make one major unit. */
import type { Currency } from './enums';

/** ISO 4217 minor-unit digits: amounts are stored as integers of 10^-digits of the unit. */
export const MINOR_DIGITS: Record<Currency, number> = {
  CNY: 2,
  USD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  SGD: 2,
  HKD: 2,
  AUD: 2,
};

export function minorDigitsOf(currency: string): number {
  return MINOR_DIGITS[currency as Currency] ?? 2;
}

/** An amount in minor units as a number of major units (12345 USD cents → 123.45). */
export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorDigitsOf(currency);
}

export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** minorDigitsOf(currency));
}

/**
 * An amount in minor units as an exact decimal string of major units (12345 USD → "123.45",
 * -5 → "-0.05"). Strings, not floats, so Intl formats every safe integer without rounding error.
 */
export function toMajorString(minor: number, currency: string): `${number}` {
  const digits = minorDigitsOf(currency);
  const text = Math.abs(Math.trunc(minor))
    .toString()
    .padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = digits ? `.${text.slice(text.length - digits)}` : '';
  return `${minor < 0 ? '-' : ''}${whole}${fraction}` as `${number}`;
}
