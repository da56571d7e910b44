import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from './dates';

const DAY_MS = 86_400_000;

describe('calendar arithmetic', () => {
  it('agrees with the Date object on every day from 1900 to 2200, both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (day) => {
        const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(iso);
        expect(toDayNumber(iso)).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it('treats day overflow within a month the way Date.parse does, and rejects what it rejects', () => {
    for (const text of [
      '2026-02-29',
      '2026-02-31',
      '2024-02-29',
      '2026-04-31',
      '2026-13-01',
      'nonsense',
      '',
    ])
      expect(toDayNumber(text)).toEqual(Math.floor(Date.parse(`${text}T00:00:00Z`) / DAY_MS));
  });

  it('adds days across months, leap years and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2025-11-22', '2026-11-22')).toBe(365);
  });
});
