/**
 * Reads an amount as a person types it into a money field, in the app's language, and returns it
 * in integer minor units — or says what is wrong with it. Both English and Chinese write `,` (or a
 * space) between groups of three digits and `.` before decimals; anything that could also be read
 * the European way (`250.000`, `1,50`) is refused rather than guessed, because a guess that is
 * wrong silently corrupts an ARR. The arithmetic runs on the digit string with BigInt, so `1.2m` is
 * exactly 1,200,000.00 and no float error can creep in.
 */
import { minorDigitsOf } from '../domain/currencies';
import type { Lang } from './formatters';
import { multiplierAtEnd, signAtEnd, signAtStart, type CurrencySign } from './moneyWords';

export type MoneyProblem =
  | 'empty'
  | 'notANumber'
  | 'ambiguous'
  | 'europeanFormat'
  | 'badGrouping'
  | 'tooManyDecimals'
  | 'negative'
  | 'wrongCurrency'
  | 'tooLarge';

/** What a message needs to say how to write it instead; all spelled in the app's notation. */
export interface MoneyProblemDetail {
  /** `250.000` read as thousands: "250,000". */
  grouped?: string;
  /** The same without separators: "250000". */
  plain?: string;
  /** Read as a decimal amount, with the currency's decimals: "250.00". */
  decimal?: string;
  /** The currency sign that does not belong to the field, as typed. */
  sign?: string;
  /** How many decimals the currency has. */
  digits?: number;
}

export type MoneyParse =
  { ok: true; minor: number } | { ok: false; problem: MoneyProblem; detail?: MoneyProblemDetail };

export interface MoneyParseOptions {
  lang: Lang;
  currency: string;
  /** Only a field that can hold a contraction takes a minus sign or (parentheses). */
  allowNegative?: boolean;
}

const fail = (problem: MoneyProblem, detail?: MoneyProblemDetail): MoneyParse =>
  detail ? { ok: false, problem, detail } : { ok: false, problem };

/** Full-width forms to ASCII (NFKC), every dash that means minus to `-`, spaces to one space. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/[\u2212\u2012\u2013\ufe63]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

interface Peeled {
  core: string;
  negative: boolean;
  exponent: number;
  signs: CurrencySign[];
}

/** Takes the sign, parentheses, currency and multiplier off both ends, leaving the digits. */
function peel(text: string, lang: Lang): Peeled | undefined {
  let s = text;
  let negative = false;
  let signed = false;
  let bracketed = false;
  const signs: CurrencySign[] = [];
  for (;;) {
    s = s.trim();
    const sign = signAtStart(s);
    if (!bracketed && s.startsWith('(') && s.endsWith(')')) {
      bracketed = negative = true;
      s = s.slice(1, -1);
    } else if (!signed && !bracketed && (s.startsWith('-') || s.startsWith('+'))) {
      signed = true;
      negative = s.startsWith('-');
      s = s.slice(1);
    } else if (sign && signs.length === 0) {
      signs.push(sign);
      s = s.slice(sign.text.length);
    } else break;
  }
  // After the number: a currency, and before it a multiplier ("25万元", "1.2m USD").
  const after = signAtEnd(s);
  if (after) {
    signs.push(after);
    s = s.slice(0, -after.text.length).trim();
  }
  const multiplier = multiplierAtEnd(s, lang);
  if (multiplier) s = s.slice(0, -multiplier.word.length).trim();
  if (signed && bracketed) return undefined;
  return { core: s, negative, exponent: multiplier?.exponent ?? 0, signs };
}

const groupsOfThree = (runs: string[]) =>
  /^[1-9]\d{0,2}$/.test(runs[0] ?? '') && runs.slice(1).every((r) => /^\d{3}$/.test(r));

interface Digits {
  whole: string;
  fraction: string;
}

/**
 * Splits the digits into whole and fraction by this app's notation, or names why they cannot
 * be read without guessing.
 */
function readDigits(core: string, exponent: number, digits: number): Digits | MoneyParse {
  if (!/^[\d., ]+$/.test(core) || !/\d/.test(core)) return fail('notANumber');
  const separators = core.replace(/\d/g, '');
  const lastDot = core.lastIndexOf('.');
  const lastComma = core.lastIndexOf(',');
  // A comma after a point, or several points: a European amount (1.234,56 or 1.234.567).
  if (lastDot >= 0 && lastComma > lastDot) return fail('europeanFormat');
  if (separators.split('.').length > 2)
    return /^\d{1,3}(\.\d{3})+$/.test(core) ? fail('europeanFormat') : fail('notANumber');
  const [wholePart = '', fraction = ''] =
    lastDot >= 0 ? [core.slice(0, lastDot), core.slice(lastDot + 1)] : [core];
  if (fraction.includes(' ')) return fail('badGrouping');
  const groupSeparators = new Set(wholePart.replace(/\d/g, ''));
  if (groupSeparators.size > 1) {
    // "1 234,56": spaces between thousands and a decimal comma.
    return /,\d{1,2}$/.test(wholePart) && lastDot < 0
      ? fail('europeanFormat')
      : fail('badGrouping');
  }
  const runs = wholePart.split(/[, ]/);
  if (runs.length > 1) {
    const only = runs.length === 2 && wholePart.includes(',') && lastDot < 0;
    const [first = '', second = ''] = runs;
    // "1,5", "1,50", "0,500": a decimal comma is likelier than a slip of the thousands.
    const decimalComma =
      /^\d{1,2}$/.test(second) || (/^\d{3}$/.test(second) && first.startsWith('0'));
    if (only && /^\d+$/.test(first) && decimalComma) {
      const decimal = decimalReading(first, second, digits);
      return decimal ? fail('ambiguous', { decimal }) : fail('badGrouping');
    }
    if (!groupsOfThree(runs)) return fail('badGrouping');
  }
  const whole = runs.join('');
  // "250.000": a point before exactly three digits is a thousands separator in much of Europe.
  if (
    runs.length === 1 &&
    exponent === 0 &&
    fraction.length === 3 &&
    /^[1-9]\d{0,2}$/.test(whole)
  ) {
    const decimal = decimalReading(whole, fraction, digits);
    return fail('ambiguous', {
      grouped: `${whole},${fraction}`,
      plain: `${whole}${fraction}`,
      ...(decimal ? { decimal } : {}),
    });
  }
  return { whole, fraction };
}

/** `whole.fraction` written with the currency's decimals, when it has no more than those. */
function decimalReading(whole: string, fraction: string, digits: number): string | undefined {
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > digits) return undefined;
  const int = whole.replace(/^0+(?=\d)/, '') || '0';
  return digits ? `${int}.${significant.padEnd(digits, '0')}` : int;
}

/** Reads `text` as an amount of `currency`: integer minor units, or the reason it cannot. */
export function parseMoneyInput(text: string, options: MoneyParseOptions): MoneyParse {
  const normal = normalize(text);
  if (!normal) return fail('empty');
  const peeled = peel(normal, options.lang);
  if (!peeled) return fail('notANumber');
  const wrong = peeled.signs.find(
    (s) => !(s.currencies as readonly string[]).includes(options.currency),
  );
  if (wrong) return fail('wrongCurrency', { sign: wrong.text.toUpperCase() });
  const digits = minorDigitsOf(options.currency);
  const read = readDigits(peeled.core, peeled.exponent, digits);
  if ('ok' in read) return read;
  const fraction = read.fraction.replace(/0+$/, '');
  const scale = peeled.exponent + digits - fraction.length;
  if (scale < 0) return fail('tooManyDecimals', { digits });
  const minor = BigInt(`${read.whole}${fraction}` || '0') * 10n ** BigInt(scale);
  if (peeled.negative && minor > 0n && !options.allowNegative) return fail('negative');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return fail('tooLarge');
  return { ok: true, minor: peeled.negative && minor > 0n ? -Number(minor) : Number(minor) };
}
