import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoInstant } from './isoTimes';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Digits in every position, so impossible months, days and hours come up often. */
const instantText = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(
    ([y, mo, d, h, mi, s, ms]) =>
      `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z`,
  );

const roundTrips = (iso: string) => {
  const millis = Date.parse(iso);
  return Number.isFinite(millis) && new Date(millis).toISOString() === iso;
};

describe('ISO dates and instants', () => {
  it('accepts exactly the instants that round-trip through Date', () => {
    fc.assert(
      fc.property(instantText, (iso) => {
        expect(isIsoInstant(iso), iso).toBe(roundTrips(iso));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (date) => {
        const iso = date.toISOString();
        if (/^\d{4}-/.test(iso)) expect(isIsoInstant(iso)).toBe(true);
      }),
    );
  });

  it('accepts exactly the calendar days that round-trip through Date', () => {
    fc.assert(
      fc.property(instantText, (iso) => {
        const day = iso.slice(0, 10);
        expect(isIsoDate(day)).toBe(roundTrips(`${day}T00:00:00.000Z`));
      }),
      { numRuns: 20_000 },
    );
  });

  it('refuses the impossible times of the poisoned change ids', () => {
    for (const bad of [
      '9999-99-99T99:99:99.999Z',
      '2026-13-01T00:00:00.000Z',
      '2026-02-29T00:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-11-22T24:00:00.000Z',
      '2026-11-22T23:59:60.000Z',
      '2026-11-22 10:00:00.000Z',
    ])
      expect(isIsoInstant(bad), bad).toBe(false);
    expect(isIsoInstant('2028-02-29T23:59:59.999Z')).toBe(true);
    expect(isIsoInstant('2000-02-29T00:00:00.000Z')).toBe(true);
    expect(isIsoInstant('1900-02-29T00:00:00.000Z')).toBe(false);
    expect(isIsoDate('not-a-date')).toBe(false);
  });
});
