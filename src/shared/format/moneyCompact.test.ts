import { describe, expect, it } from 'vitest';
import { createFormatter } from './formatters';

const en = createFormatter('en');
const zh = createFormatter('zh-CN');

describe('moneyCompact', () => {
  it('writes large sums with 万 and 亿 in Chinese, K/M/B in English', () => {
    expect(zh.moneyCompact(32_341_013_939, 'CNY')).toBe('¥3.2亿');
    expect(zh.moneyCompact(1_234_567_800, 'CNY')).toBe('¥1235万');
    expect(zh.moneyCompact(-250_000_000, 'CNY')).toBe('-¥250万');
    expect(zh.moneyCompact(32_341_013_939, 'USD')).toBe('US$3.2亿');
    expect(en.moneyCompact(32_341_013_939, 'USD')).toBe('$323M');
    expect(en.moneyCompact(32_341_013_939, 'CNY')).toBe('CN¥323M');
    expect(en.moneyCompact(1_250_000_000_00, 'EUR')).toBe('€1.3B');
    expect(en.moneyCompact(123_456_789, 'JPY')).toBe('¥123M');
  });

  it('keeps the whole figure below a million, where it still fits', () => {
    expect(en.moneyCompact(99_999_900, 'USD')).toBe('$999,999');
    expect(en.moneyCompact(45_678_00, 'USD')).toBe('$45,678');
    expect(zh.moneyCompact(45_678_00, 'CNY')).toBe('¥45,678');
    expect(en.moneyCompact(0, 'USD')).toBe('$0');
  });

  it('says the same amount as the exact figure, to its first digits', () => {
    for (const minor of [1_000_000_00, 32_341_013_939, 7_654_321_000_00]) {
      const exact = Number(en.money(minor, 'USD').replace(/[^\d]/g, ''));
      const compact = en.moneyCompact(minor, 'USD');
      const [, digits = '', unit = ''] = /^\$([\d.]+)([KMBT])$/.exec(compact) ?? [];
      const scale = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[unit] ?? NaN;
      expect(Math.abs(Number(digits) * scale - exact) / exact).toBeLessThan(0.05);
    }
  });
});
