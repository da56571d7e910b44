/**
 * The words people type around an amount: currency signs and codes, and multipliers (k, 万…).
 * Every spelling is lower case and NFKC-normal (full-width ＄ is $, ￥ is ¥), as parseMoney
 * compares them. It includes whatever the app's own formatters print, in both languages.
 */
import type { Currency } from '../domain/enums';
import type { Lang } from './formatters';

/** Signs and names that each mean one currency. */
const OWN_SIGNS: Record<Currency, readonly string[]> = {
  USD: ['us$', 'usd', '美元', '美金'],
  CNY: ['cn¥', 'cny', 'rmb', '人民币', '元', '圆', '块'],
  EUR: ['€', 'eur', '欧元'],
  GBP: ['£', 'gbp', '英镑'],
  JPY: ['jp¥', 'jpy', '円', '日元'],
  SGD: ['s$', 'sg$', 'sgd', '新加坡元', '新元', '新币'],
  HKD: ['hk$', 'hkd', '港元', '港币'],
  AUD: ['a$', 'au$', 'aud', '澳元', '澳币'],
};

/**
 * Signs several currencies share; the field's currency says which is meant. `¥` is the yen in
 * English formatting and the yuan in Chinese, and people type either for both.
 */
const SHARED_SIGNS: Record<string, readonly Currency[]> = {
  $: ['USD', 'SGD', 'HKD', 'AUD'],
  '¥': ['CNY', 'JPY'],
};

export interface CurrencySign {
  /** As typed, for messages. */
  text: string;
  /** The currencies it may stand for. */
  currencies: readonly Currency[];
}

const SIGNS: CurrencySign[] = [
  ...Object.entries(OWN_SIGNS).flatMap(([currency, signs]) =>
    signs.map((text) => ({ text, currencies: [currency as Currency] })),
  ),
  ...Object.entries(SHARED_SIGNS).map(([text, currencies]) => ({ text, currencies })),
  // Longest first, so "us$" wins over "$" and "新加坡元" over "元".
].sort((a, b) => b.text.length - a.text.length);

/** Powers of ten that a word after the number multiplies by. */
const MULTIPLIERS: { word: string; exponent: number; langs?: readonly Lang[] }[] = [
  { word: 'k', exponent: 3 },
  { word: 'thousand', exponent: 3 },
  { word: 'm', exponent: 6 },
  { word: 'mm', exponent: 6 },
  { word: 'mn', exponent: 6 },
  { word: 'million', exponent: 6 },
  { word: 'b', exponent: 9 },
  { word: 'bn', exponent: 9 },
  { word: 'billion', exponent: 9 },
  { word: 't', exponent: 12 },
  { word: 'tn', exponent: 12 },
  { word: 'trillion', exponent: 12 },
  { word: '千', exponent: 3 },
  { word: '万', exponent: 4 },
  { word: '十万', exponent: 5 },
  { word: '百万', exponent: 6 },
  { word: '千万', exponent: 7 },
  { word: '亿', exponent: 8 },
  { word: '万亿', exponent: 12 },
  // "25w" is everyday Chinese shorthand for 25万; in English it means nothing.
  { word: 'w', exponent: 4, langs: ['zh-CN'] },
];
const MULTIPLIERS_BY_LENGTH = [...MULTIPLIERS].sort((a, b) => b.word.length - a.word.length);

const isLatin = (c: string | undefined) => c !== undefined && /[a-z]/.test(c);

/** The currency sign `text` starts with, if any (a code must not run on into more letters). */
export function signAtStart(text: string): CurrencySign | undefined {
  return SIGNS.find(
    (s) => text.startsWith(s.text) && !(isLatin(s.text.at(-1)) && isLatin(text[s.text.length])),
  );
}

/** The currency sign `text` ends with, if any. */
export function signAtEnd(text: string): CurrencySign | undefined {
  return SIGNS.find(
    (s) =>
      text.endsWith(s.text) &&
      !(isLatin(s.text[0]) && isLatin(text[text.length - s.text.length - 1])),
  );
}

/** The multiplier word `text` ends with, if any, as its power of ten. */
export function multiplierAtEnd(
  text: string,
  lang: Lang,
): { word: string; exponent: number } | undefined {
  return MULTIPLIERS_BY_LENGTH.find(
    (m) =>
      text.endsWith(m.word) &&
      (!m.langs || m.langs.includes(lang)) &&
      !(isLatin(m.word[0]) && isLatin(text[text.length - m.word.length - 1])),
  );
}
