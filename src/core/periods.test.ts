import { describe, expect, it } from 'vitest';
import { monthsBetween, periodBuckets, periodKey, quarterOf, weekStart } from './periods';

describe('calendar periods', () => {
  it('knows quarters, also across years', () => {
    expect(quarterOf('2026-12-01')).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(quarterOf('2026-12-01', 1)).toEqual({ from: '2027-01-01', to: '2027-04-01' });
    expect(quarterOf('2026-02-28', -1)).toEqual({ from: '2025-10-01', to: '2026-01-01' });
    expect(periodKey('2026-08-15', 'quarter')).toBe('2026-Q3');
    expect(periodKey('2026-08-15', 'month')).toBe('2026-08');
  });

  it('splits a period into clipped months', () => {
    expect(periodBuckets('2026-01-15', '2026-03-10', 'month')).toEqual([
      { key: '2026-01', from: '2026-01-15', to: '2026-02-01' },
      { key: '2026-02', from: '2026-02-01', to: '2026-03-01' },
      { key: '2026-03', from: '2026-03-01', to: '2026-03-10' },
    ]);
  });

  it('finds the Monday of a week and counts months', () => {
    expect(weekStart('2026-12-01')).toBe('2026-11-30');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    expect(monthsBetween('2026-01-01', '2027-01-01')).toBeCloseTo(12 * (365 / 365.25), 10);
  });
});
