import { describe, expect, it } from 'vitest';
import type { Lang } from './formatters';
import { parseMoneyInput, type MoneyParseOptions, type MoneyProblem } from './parseMoney';

const read = (text: string, currency = 'USD', lang: Lang = 'en', allowNegative = false) =>
  parseMoneyInput(text, { lang, currency, allowNegative } satisfies MoneyParseOptions);

/** [typed, currency, minor units] — accepted the same in both languages. */
const BOTH: [string, string, number][] = [
  ['250000', 'USD', 25_000_000],
  ['250,000', 'USD', 25_000_000],
  ['1,250,000.50', 'USD', 125_000_050],
  ['  250,000  ', 'USD', 25_000_000],
  ['250 000', 'USD', 25_000_000],
  ['250\u2009000', 'USD', 25_000_000],
  ['250\u202f000.5', 'EUR', 25_000_050],
  ['0', 'USD', 0],
  ['0.01', 'USD', 1],
  ['.5', 'USD', 50],
  ['12.', 'USD', 1200],
  ['1234.5', 'USD', 123_450],
  ['0.125k', 'USD', 12_500],
  ['250.00', 'JPY', 250],
  ['1,234', 'JPY', 1234],
  ['$250,000', 'USD', 25_000_000],
  ['US$250,000.00', 'USD', 25_000_000],
  ['250,000 USD', 'USD', 25_000_000],
  ['usd 250000', 'USD', 25_000_000],
  ['250000$', 'USD', 25_000_000],
  ['$ 5 USD', 'USD', 500],
  ['CN¥1,234.56', 'CNY', 123_456],
  ['¥1,234.56', 'CNY', 123_456],
  ['￥1,234.56', 'CNY', 123_456],
  ['RMB 1,000', 'CNY', 100_000],
  ['1,000 CNY', 'CNY', 100_000],
  ['1000元', 'CNY', 100_000],
  ['1000人民币', 'CNY', 100_000],
  ['¥1,234', 'JPY', 1234],
  ['JP¥1,234', 'JPY', 1234],
  ['1234円', 'JPY', 1234],
  ['€1,234.56', 'EUR', 123_456],
  ['1,234.56 €', 'EUR', 123_456],
  ['£99.99', 'GBP', 9999],
  ['S$1,000', 'SGD', 100_000],
  ['SGD 1,000', 'SGD', 100_000],
  ['$1,000', 'SGD', 100_000],
  ['HK$1,000', 'HKD', 100_000],
  ['A$1,000', 'AUD', 100_000],
  ['AU$1,000', 'AUD', 100_000],
  ['250k', 'USD', 25_000_000],
  ['250K', 'USD', 25_000_000],
  ['$1.2m', 'USD', 120_000_000],
  ['1.2M', 'USD', 120_000_000],
  ['1.2 mm', 'USD', 120_000_000],
  ['1.5 million', 'USD', 150_000_000],
  ['2b', 'USD', 200_000_000_000],
  ['2 bn', 'USD', 200_000_000_000],
  ['1.5T', 'USD', 150_000_000_000_000],
  ['1.2345k', 'USD', 123_450],
  ['1.23456k', 'USD', 123_456],
  ['1.2m USD', 'USD', 120_000_000],
  ['25万', 'CNY', 25_000_000],
  ['25万元', 'CNY', 25_000_000],
  ['¥25万', 'CNY', 25_000_000],
  ['25 万 元', 'CNY', 25_000_000],
  ['1.2亿', 'CNY', 12_000_000_000],
  ['1.5万亿', 'CNY', 150_000_000_000_000],
  ['3千', 'CNY', 300_000],
  ['2百万', 'CNY', 200_000_000],
  ['123.5万', 'USD', 123_500_000],
  ['１２３，４５６．７８', 'USD', 12_345_678],
  ['２５万', 'CNY', 25_000_000],
  ['＄１，０００', 'USD', 100_000],
  ['9,007,199,254,740,991', 'JPY', Number.MAX_SAFE_INTEGER],
  ['90,071,992,547,409.91', 'USD', Number.MAX_SAFE_INTEGER],
  ['+250', 'USD', 25_000],
  ['-0', 'USD', 0],
];

describe('parseMoneyInput accepts', () => {
  for (const lang of ['en', 'zh-CN'] as const)
    it.each(BOTH)(`${lang}: %s in %s`, (text, currency, minor) => {
      expect(read(text, currency, lang)).toEqual({ ok: true, minor });
    });

  it('reads 25w as 25万 in Chinese only', () => {
    expect(read('25w', 'CNY', 'zh-CN')).toEqual({ ok: true, minor: 25_000_000 });
    expect(read('25w', 'CNY', 'en')).toMatchObject({ ok: false, problem: 'notANumber' });
  });

  it('is exact where floats are not', () => {
    expect(read('0.29', 'USD')).toEqual({ ok: true, minor: 29 });
    expect(read('1.15', 'USD')).toEqual({ ok: true, minor: 115 });
    expect(read('4.35m', 'USD')).toEqual({ ok: true, minor: 435_000_000 });
    expect(read('80,071,992,547,409.99', 'USD')).toEqual({
      ok: true,
      minor: 8_007_199_254_740_999,
    });
  });

  it.each([
    ['-250', -25_000],
    ['−$250', -25_000],
    ['$-250', -25_000],
    ['-US$1,234.56', -123_456],
    ['($1,234.56)', -123_456],
    ['$(1,234.56)', -123_456],
    ['(50k)', -5_000_000],
    ['－５０万', -50_000_000],
  ])('a signed amount where the field allows it: %s', (text, minor) => {
    expect(read(text, 'USD', 'en', true)).toEqual({ ok: true, minor });
  });
});

/** [typed, currency, problem] — refused the same in both languages. */
const REFUSED: [string, string, MoneyProblem][] = [
  ['', 'USD', 'empty'],
  ['   ', 'USD', 'empty'],
  ['abc', 'USD', 'notANumber'],
  ['twelve', 'USD', 'notANumber'],
  ['1e6', 'USD', 'notANumber'],
  ['.', 'USD', 'notANumber'],
  ['$', 'USD', 'notANumber'],
  ['5k k', 'USD', 'notANumber'],
  ['-(5)', 'USD', 'notANumber'],
  ['1.2.3', 'USD', 'notANumber'],
  ['二十五万', 'CNY', 'notANumber'],
  ['250.000', 'USD', 'ambiguous'],
  ['1.500', 'USD', 'ambiguous'],
  ['$250.000', 'USD', 'ambiguous'],
  ['1.234', 'JPY', 'ambiguous'],
  ['1,5', 'USD', 'ambiguous'],
  ['1,50', 'USD', 'ambiguous'],
  ['0,500', 'USD', 'ambiguous'],
  ['1.234,56', 'USD', 'europeanFormat'],
  ['1.234.567', 'EUR', 'europeanFormat'],
  ['1 234,56', 'EUR', 'europeanFormat'],
  ['2,50,000', 'USD', 'badGrouping'],
  ['1,2345', 'USD', 'badGrouping'],
  ['12,34,567', 'USD', 'badGrouping'],
  ['1,,000', 'USD', 'badGrouping'],
  [',500', 'USD', 'badGrouping'],
  ['5,', 'USD', 'badGrouping'],
  ['25 0000', 'USD', 'badGrouping'],
  ['1,5', 'JPY', 'badGrouping'],
  ['0.125', 'USD', 'tooManyDecimals'],
  ['1234.567', 'USD', 'tooManyDecimals'],
  ['1,234.567', 'USD', 'tooManyDecimals'],
  ['1.234567k', 'USD', 'tooManyDecimals'],
  ['1.5', 'JPY', 'tooManyDecimals'],
  ['-250', 'USD', 'negative'],
  ['($250)', 'USD', 'negative'],
  ['€250', 'USD', 'wrongCurrency'],
  ['250 EUR', 'USD', 'wrongCurrency'],
  ['$250', 'EUR', 'wrongCurrency'],
  ['¥250', 'USD', 'wrongCurrency'],
  ['A$250', 'USD', 'wrongCurrency'],
  ['US$250', 'AUD', 'wrongCurrency'],
  ['25万日元', 'CNY', 'wrongCurrency'],
  ['9,007,199,254,740,992', 'JPY', 'tooLarge'],
  ['90,071,992,547,410', 'USD', 'tooLarge'],
  ['1000000000000000000000000', 'USD', 'tooLarge'],
];

describe('parseMoneyInput refuses', () => {
  for (const lang of ['en', 'zh-CN'] as const)
    it.each(REFUSED)(`${lang}: %s in %s as %s`, (text, currency, problem) => {
      expect(read(text, currency, lang)).toMatchObject({ ok: false, problem });
    });

  it('says how to write an ambiguous amount instead', () => {
    expect(read('250.000')).toEqual({
      ok: false,
      problem: 'ambiguous',
      detail: { grouped: '250,000', plain: '250000', decimal: '250.00' },
    });
    expect(read('250.000', 'JPY')).toMatchObject({ detail: { decimal: '250' } });
    // Read as a decimal, 1.234 dollars has too many cents: only the thousands reading is offered.
    expect(read('1.234')).toEqual({
      ok: false,
      problem: 'ambiguous',
      detail: { grouped: '1,234', plain: '1234' },
    });
    expect(read('1,5')).toEqual({ ok: false, problem: 'ambiguous', detail: { decimal: '1.50' } });
  });

  it('a point before three digits is a decimal point with a multiplier or a leading 0', () => {
    expect(read('1.500k')).toEqual({ ok: true, minor: 150_000 });
    expect(read('0.500')).toEqual({ ok: true, minor: 50 });
  });

  it('names the foreign sign and the currency digits', () => {
    expect(read('€250')).toMatchObject({ detail: { sign: '€' } });
    expect(read('us$250', 'AUD')).toMatchObject({ detail: { sign: 'US$' } });
    expect(read('1.5', 'JPY')).toMatchObject({ detail: { digits: 0 } });
    expect(read('0.125', 'USD')).toMatchObject({ detail: { digits: 2 } });
  });
});
