/**
 * Approximate value of one unit of each currency in US dollars, used only to order accounts of
 * different currencies by size (the portfolio's ARR sort). Reporting in one currency uses the
 * exchange rates a team keeps in its settings, not these.
 */
import type { Currency } from './enums';

export const REFERENCE_USD_PER_UNIT: Record<Currency, number> = {
  USD: 1,
  CNY: 0.14,
  EUR: 1.08,
  GBP: 1.27,
  JPY: 0.0067,
  SGD: 0.74,
  HKD: 0.128,
  AUD: 0.66,
};

/** A comparable size for an amount in minor units (JPY has no minor unit). */
export function comparableAmount(minor: number, currency: string): number {
  const rate = REFERENCE_USD_PER_UNIT[currency as Currency] ?? 1;
  return (currency === 'JPY' ? minor : minor / 100) * rate;
}
