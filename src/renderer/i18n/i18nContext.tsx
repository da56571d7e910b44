/** Language state and formatting: every string through t(), every number and date through Intl. */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { minorDigitsOf } from '../../shared/domain/currencies';
import { createFormatter } from '../../shared/format/formatters';
import { languageOf } from '../../shared/format/languageOf';
import { relativeDays, relativeTime } from '../../shared/format/relativeTime';
import { en, type MessageKey } from './en';
import { zhCN } from './zhCN';

export type Language = 'en' | 'zh-CN';
export const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'zh-CN', label: '简体中文' },
];

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };
const STORAGE_KEY = 'outpost.language';

/** A message with plural forms: `<key>.one`, `<key>.other`… chosen by Intl.PluralRules. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer P}.other`
    ? P
    : never
  : never;

export interface I18n {
  lang: Language;
  setLang(lang: Language): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** The form of a message for `count` ("1 contract", "3 contracts"); `{count}` is formatted. */
  plural(key: PluralKey, count: number, params?: Record<string, string | number>): string;
  /** The label of an enum value (segment, role, status…), or the value itself. */
  label(value: string): string;
  /** Rounded to whole units: "$250,000". */
  money(minor: number, currency: string): string;
  /** Every minor digit, so it reads back exactly: "$250,000.50". */
  moneyExact(minor: number, currency: string): string;
  /** The number alone, as a money input shows it: "250,000.50". */
  moneyAmount(minor: number, currency: string): string;
  /** Headline cards: "$323M" / "¥3.2亿" from a million up, the whole figure below. */
  moneyCompact(minor: number, currency: string): string;
  /** Chart axes: "1.2M" / "120万". */
  compact(value: number): string;
  number(value: number, digits?: number): string;
  percent(ratio: number): string;
  date(iso: string): string;
  /** A moment (ISO timestamp) in the user's time zone, to the minute. */
  dateTime(iso: string): string;
  /** Days from today in words: 0 "today" / "今天", -1 "yesterday", 12 "in 12 days". */
  relativeDays(days: number): string;
  /** How long ago a moment was: "now", "5 minutes ago", "yesterday" / "现在", "昨天". */
  ago(iso: string, nowMs?: number): string;
  minorDigits(currency: string): number;
}

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'zh-CN') return stored;
  return languageOf(navigator.language);
}

/** ISO 4217 minor digits, from the one table every layer uses (the parser too). */
export const minorDigits = minorDigitsOf;

export function createI18n(lang: Language, setLang: (lang: Language) => void): I18n {
  const dictionary = DICTIONARIES[lang];
  // The one formatter of decks and exports too (numbers, money, dates): the same words everywhere.
  const formatter = createFormatter(lang);
  const pluralRules = new Intl.PluralRules(lang);
  const t: I18n['t'] = (key, params) => {
    const text = dictionary[key] ?? en[key] ?? key;
    return params
      ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
      : text;
  };
  return {
    lang,
    setLang,
    t,
    plural: (key, count, params) => {
      const exact = `${key}.${pluralRules.select(count)}` as MessageKey;
      const form = exact in dictionary ? exact : (`${key}.other` as MessageKey);
      return t(form, { ...params, count: formatter.number(count) });
    },
    label: (value) => {
      const key = `enum.${value}` as MessageKey;
      return dictionary[key] ?? value;
    },
    money: formatter.money,
    moneyExact: formatter.moneyExact,
    moneyAmount: formatter.moneyAmount,
    moneyCompact: formatter.moneyCompact,
    compact: formatter.compact,
    number: formatter.number,
    percent: (ratio) => formatter.percent(ratio),
    date: formatter.date,
    dateTime: formatter.dateTime,
    relativeDays: (days) => relativeDays(lang, days),
    ago: (iso, nowMs = Date.now()) => (iso ? relativeTime(lang, iso, nowMs) : '—'),
    minorDigits,
  };
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const value = useMemo(
    () =>
      createI18n(lang, (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        setLangState(next);
      }),
    [lang],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
