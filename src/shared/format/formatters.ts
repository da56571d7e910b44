/**
 * Numbers, money, percentages and dates in a language through Intl: the one formatter of the
 * app (through i18n), decks and exports. Amounts are integer minor units.
 */
import { minorDigitsOf, toMajor, toMajorString } from '../domain/currencies';

export type Lang = 'en' | 'zh-CN';

export interface Formatter {
  lang: Lang;
  /** Rounded to whole units, for tables and cards: "$250,000". */
  money(minor: number, currency: string): string;
  /** Every minor digit, for what must read back exactly (input hints): "$250,000.50". */
  moneyExact(minor: number, currency: string): string;
  /** The number alone with every minor digit, as a money input shows it: "250,000.50". */
  moneyAmount(minor: number, currency: string): string;
  /**
   * Headline cards, where width is short: from a million up "$323M" / "¥3.2亿" / "¥1235万" (万
   * and 亿 in Chinese), below that the whole figure as `money` writes it.
   */
  moneyCompact(minor: number, currency: string): string;
  /** Chart axes: "1.2M" / "120万", one decimal at most. */
  compact(value: number): string;
  number(value: number, digits?: number): string;
  percent(ratio: number, digits?: number): string;
  /** "Nov 20, 2026" / "2026年11月20日". */
  date(iso: string): string;
  /** A moment (ISO timestamp) in the viewer's time zone, to the minute. */
  dateTime(iso: string): string;
  /** "Nov 20" / "11月20日", for chart axes. */
  shortDate(iso: string): string;
  /** "Nov 2026" / "2026年11月" from "2026-11". */
  month(yyyyMm: string): string;
}

/** Below a million a whole figure still fits a card, and says more than "$950K". */
const COMPACT_FROM = 1_000_000;

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
  const moments = new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  // Intl reads a decimal string exactly; minor / 10 ** digits as a float would not always be.
  const currencyFormat = (minor: number, currency: string, digits: number) => {
    try {
      return nf(`m:${currency}:${digits}`, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(toMajorString(minor, currency));
    } catch {
      return `${toMajor(minor, currency).toFixed(digits)} ${currency}`;
    }
  };
  return {
    lang,
    money: (minor, currency) => currencyFormat(minor, currency, 0),
    moneyExact: (minor, currency) => currencyFormat(minor, currency, minorDigitsOf(currency)),
    moneyAmount: (minor, currency) => {
      const digits = minorDigitsOf(currency);
      return nf(`a:${digits}`, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(toMajorString(minor, currency));
    },
    moneyCompact: (minor, currency) => {
      const major = toMajor(minor, currency);
      if (Math.abs(major) < COMPACT_FROM) return currencyFormat(minor, currency, 0);
      try {
        return nf(`mc:${currency}`, { style: 'currency', currency, notation: 'compact' }).format(
          major,
        );
      } catch {
        return `${nf('c', { notation: 'compact', maximumFractionDigits: 1 }).format(major)} ${currency}`;
      }
    },
    compact: (value) => nf('c', { notation: 'compact', maximumFractionDigits: 1 }).format(value),
    number: (value, digits = 0) =>
      nf(`n:${digits}`, { maximumFractionDigits: digits }).format(value),
    percent: (ratio, digits = 0) =>
      nf(`p:${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(ratio),
    date: (iso) => (iso ? dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '—'),
    dateTime: (iso) => (iso ? moments.format(new Date(iso)) : '—'),
    shortDate: (iso) => (iso ? days.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '—'),
    month: (yyyyMm) => months.format(new Date(`${yyyyMm}-01T00:00:00Z`)),
  };
}
