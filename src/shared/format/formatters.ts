/**
 * Numbers, money, percentages and dates in a language through Intl, for every renderer that
 * writes words outside the React app (decks, exports). Amounts are integer minor units.
 */
import { minorDigitsOf } from '../domain/currencies';

export type Lang = 'en' | 'zh-CN';

export interface Formatter {
  lang: Lang;
  money(minor: number, currency: string): string;
  number(value: number, digits?: number): string;
  percent(ratio: number, digits?: number): string;
  /** "Nov 20, 2026" / "2026年11月20日". */
  date(iso: string): string;
  /** "Nov 20" / "11月20日", for chart axes. */
  shortDate(iso: string): string;
  /** "Nov 2026" / "2026年11月" from "2026-11". */
  month(yyyyMm: string): string;
}

export function createFormatter(lang: Lang): Formatter {
  const cache = new Map<string, Intl.NumberFormat>();
  const nf = (key: string, options: Intl.NumberFormatOptions) => {
    let f = cache.get(key);
    if (!f) cache.set(key, (f = new Intl.NumberFormat(lang, options)));
    return f;
  };
  const dates = new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const months = new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const days = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return {
    lang,
    money: (minor, currency) => {
      try {
        return nf(`m:${currency}`, {
          style: 'currency',
          currency,
          maximumFractionDigits: 0,
        }).format(minor / 10 ** minorDigitsOf(currency));
      } catch {
        return `${(minor / 10 ** minorDigitsOf(currency)).toFixed(0)} ${currency}`;
      }
    },
    number: (value, digits = 0) =>
      nf(`n:${digits}`, { maximumFractionDigits: digits }).format(value),
    percent: (ratio, digits = 0) =>
      nf(`p:${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(ratio),
    date: (iso) => (iso ? dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '—'),
    shortDate: (iso) => (iso ? days.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '—'),
    month: (yyyyMm) => months.format(new Date(`${yyyyMm}-01T00:00:00Z`)),
  };
}
