import { describe, expect, it } from 'vitest';
import {
  conversionPath,
  convertMinor,
  makeConverter,
  ratesInEffect,
  type ExchangeRate,
} from './exchangeRates';

let n = 0;
const rate = (
  from: string,
  to: string,
  r: number,
  effectiveDate: string,
  createdAt = '',
): ExchangeRate => ({
  id: `r${++n}`,
  from,
  to,
  rate: r,
  effectiveDate,
  createdAt: createdAt || `${effectiveDate}T00:00:00Z`,
});

const rates = [
  rate('EUR', 'USD', 1.05, '2025-01-01'),
  rate('EUR', 'USD', 1.1, '2026-06-01'),
  rate('CNY', 'USD', 0.14, '2025-01-01'),
  rate('USD', 'JPY', 150, '2025-01-01'),
];

describe('exchange rates', () => {
  it('takes the latest rate in effect on the day for each pair', () => {
    expect(ratesInEffect(rates, '2026-05-31').find((r) => r.from === 'EUR')?.rate).toBe(1.05);
    expect(ratesInEffect(rates, '2026-06-01').find((r) => r.from === 'EUR')?.rate).toBe(1.1);
    expect(ratesInEffect(rates, '2024-12-31')).toEqual([]);
    // Two rates of the same day: the later entry wins.
    const fix = [...rates, rate('EUR', 'USD', 1.12, '2026-06-01', '2026-06-02T00:00:00Z')];
    expect(ratesInEffect(fix, '2026-07-01').find((r) => r.from === 'EUR')?.rate).toBe(1.12);
  });

  it('converts directly, through the inverse, or through one shared currency', () => {
    const inEffect = ratesInEffect(rates, '2026-07-01');
    expect(conversionPath(inEffect, 'EUR', 'USD')?.rate).toBe(1.1);
    expect(conversionPath(inEffect, 'USD', 'EUR')?.rate).toBeCloseTo(1 / 1.1, 12);
    // EUR → USD → CNY.
    const eurCny = conversionPath(inEffect, 'EUR', 'CNY');
    expect(eurCny?.rate).toBeCloseTo(1.1 / 0.14, 10);
    expect(eurCny?.via.map((r) => `${r.from}${r.to}`)).toEqual(['EURUSD', 'CNYUSD']);
    expect(conversionPath(inEffect, 'GBP', 'USD')).toBeNull();
    expect(conversionPath(inEffect, 'GBP', 'GBP')?.rate).toBe(1);
  });

  it('respects minor units: JPY has none', () => {
    // 100.00 USD = 15,000 JPY; 15,000 JPY = 100.00 USD.
    expect(convertMinor(10_000, 'USD', 'JPY', 150)).toBe(15_000);
    expect(convertMinor(15_000, 'JPY', 'USD', 1 / 150)).toBe(10_000);
    expect(convertMinor(12_345, 'EUR', 'EUR', 2)).toBe(12_345);
  });

  it('a converter names what it could not convert and the paths it used', () => {
    const c = makeConverter(rates, 'USD', '2026-07-01');
    expect(c.convert(100_000, 'EUR')).toBe(110_000);
    expect(c.convert(100_000, 'GBP')).toBeNull();
    expect(c.convert(5, 'USD')).toBe(5);
    expect(c.missing()).toEqual(['GBP']);
    expect(c.paths().map((p) => p.from)).toEqual(['EUR']);
  });
});
