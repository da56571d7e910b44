/**
 * The property issue 12 asks for: every amount the app writes, in every currency and both
 * languages, reads back as the same amount — exactly where the app writes it in full, and as the
 * shown rounded value where it rounds (whole units in tables, compact chart axes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorDigitsOf, toMajor } from '../domain/currencies';
import { CURRENCIES } from '../domain/enums';
import { createFormatter, type Lang } from './formatters';
import { parseMoneyInput } from './parseMoney';

const LANGS: Lang[] = ['en', 'zh-CN'];
const MAX = Number.MAX_SAFE_INTEGER;

/** Amounts in minor units, with the edges a uniform draw would rarely hit. */
const amounts = fc.oneof(
  fc.constantFrom(0, 1, 5, 99, 100, 150, 995, 999_999, 25_000_000, MAX - 1, MAX),
  fc.integer({ min: 0, max: 10_000 }),
  fc.integer({ min: 0, max: 10_000_000_000 }),
  fc.integer({ min: 0, max: 100_000_000 }).map((n) => n * 100),
  fc.maxSafeNat(),
);
const signed = fc.tuple(amounts, fc.boolean()).map(([n, negative]) => (negative && n > 0 ? -n : n));

/** Rounds minor units to whole major units, half away from zero, as Intl does — in BigInt. */
function roundToWhole(minor: number, digits: number): bigint {
  const unit = 10n ** BigInt(digits);
  const abs = BigInt(Math.abs(minor));
  const rounded = ((abs + unit / 2n) / unit) * unit;
  return minor < 0 ? -rounded : rounded;
}

/** What a compact label says in minor units, read from Intl's parts with this test's own units. */
const UNITS: Record<string, number> = { '': 0, K: 3, M: 6, B: 9, T: 12, 万: 4, 亿: 8, 万亿: 12 };
function shownCompact(lang: Lang, value: number, digits: number) {
  const parts = new Intl.NumberFormat(lang, {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).formatToParts(value);
  const pick = (type: string) =>
    parts
      .filter((p) => p.type === type)
      .map((p) => p.value)
      .join('');
  const unit = UNITS[pick('compact')];
  if (unit === undefined) throw new Error(`unknown compact unit ${pick('compact')}`);
  const fraction = pick('fraction');
  const scale = unit + digits - fraction.length;
  if (scale < 0) throw new Error('a compact label with more decimals than the currency');
  const minor = BigInt(`${pick('integer')}${fraction}`) * 10n ** BigInt(scale);
  return {
    text: parts.map((p) => p.value).join(''),
    minor: pick('minusSign') ? -minor : minor,
    major: Number(`${pick('integer')}.${fraction || '0'}`) * 10 ** unit,
  };
}

/** What reading `minor` should give: the amount, or too large past the safe integers. */
const expected = (minor: bigint) =>
  minor > BigInt(MAX) || minor < -BigInt(MAX)
    ? { ok: false, problem: 'tooLarge' }
    : { ok: true, minor: Number(minor) === 0 ? 0 : Number(minor) };

describe.each(LANGS)('amounts the app writes in %s read back', (lang) => {
  const f = createFormatter(lang);
  describe.each(CURRENCIES)('%s', (currency) => {
    const read = (text: string) => parseMoneyInput(text, { lang, currency, allowNegative: true });
    const digits = minorDigitsOf(currency);

    it('exactly, written in full with the sign ($250,000.00), as input hints show it', () => {
      fc.assert(
        fc.property(signed, (minor) => {
          expect(read(f.moneyExact(minor, currency))).toEqual({ ok: true, minor });
        }),
        { numRuns: 300 },
      );
    });

    it('exactly, written as the number alone (250,000.00), as a money input shows it', () => {
      fc.assert(
        fc.property(signed, (minor) => {
          const text = f.moneyAmount(minor, currency);
          expect(read(text)).toEqual({ ok: true, minor });
          const unsigned = parseMoneyInput(text, { lang, currency });
          expect(unsigned).toEqual(
            minor < 0 ? { ok: false, problem: 'negative' } : { ok: true, minor },
          );
        }),
        { numRuns: 300 },
      );
    });

    it('as the whole units shown, rounded in tables ($250,000), signed as the renewals table', () => {
      fc.assert(
        fc.property(signed, (minor) => {
          const shown = roundToWhole(minor, digits);
          const money = f.money(Math.abs(minor), currency);
          const texts = [f.money(minor, currency), minor < 0 ? `−${money}` : `+${money}`];
          for (const text of texts) expect(read(text), text).toEqual(expected(shown));
        }),
        { numRuns: 300 },
      );
    });

    it('as the rounded value a compact chart axis shows (1.2M, 120万)', () => {
      fc.assert(
        fc.property(signed, (minor) => {
          // Charts get floats of major units, as the app passes them.
          const major = toMajor(minor, currency);
          const shown = shownCompact(lang, major, digits);
          expect(f.compact(major)).toBe(shown.text);
          expect(read(shown.text), shown.text).toEqual(expected(shown.minor));
          // And what is shown is the amount to the precision shown (one decimal of the unit).
          expect(Math.abs(Math.abs(shown.major) - Math.abs(major))).toBeLessThanOrEqual(
            Math.max(0.05, Math.abs(major) * 0.05) * (1 + 1e-9),
          );
        }),
        { numRuns: 300 },
      );
    });
  });
});
