import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrMovements, type ArrContract } from './arrMovements';

const c = (
  accountId: string,
  startDate: string,
  endDate: string,
  arr: number,
  status = 'active',
): ArrContract => ({
  accountId,
  startDate,
  endDate,
  arr,
  status,
});

describe('ARR movements', () => {
  it('classifies each account by its ARR at the start and the end of the period', () => {
    const contracts = [
      c('grows', '2025-01-01', '2026-01-01', 100),
      c('grows', '2026-01-01', '2027-01-01', 130),
      c('shrinks', '2025-06-01', '2026-06-01', 200),
      c('shrinks', '2026-06-01', '2027-06-01', 150),
      c('leaves', '2025-03-01', '2026-03-01', 80),
      c('arrives', '2026-02-01', '2027-02-01', 60),
      c('returns', '2024-01-01', '2025-01-01', 40),
      c('returns', '2026-04-01', '2027-04-01', 45),
      c('flat', '2025-01-01', '2027-01-01', 70),
      c('cancelled', '2025-01-01', '2027-01-01', 999, 'cancelled'),
    ];
    const m = arrMovements(contracts, '2025-12-01', '2026-12-01');
    expect(m).toMatchObject({
      startArr: 100 + 200 + 80 + 70,
      endArr: 130 + 150 + 60 + 45 + 70,
      new: 60,
      reactivation: 45,
      expansion: 30,
      contraction: 50,
      churn: 80,
      activeAtStart: 4,
      lost: 1,
    });
    expect(Object.fromEntries(m.accounts.map((a) => [a.accountId, a.kind]))).toEqual({
      arrives: 'new',
      cancelled: 'none',
      flat: 'none',
      grows: 'expansion',
      leaves: 'churn',
      returns: 'reactivation',
      shrinks: 'contraction',
    });
  });

  it('a renewal that starts the day the old contract ends is no churn', () => {
    const m = arrMovements(
      [c('a', '2025-01-01', '2026-01-01', 10), c('a', '2026-01-01', '2027-01-01', 10)],
      '2025-06-01',
      '2026-06-01',
    );
    expect(m).toMatchObject({
      churn: 0,
      expansion: 0,
      contraction: 0,
      lost: 0,
      startArr: 10,
      endArr: 10,
    });
  });

  it('always balances: start + new + reactivation + expansion − contraction − churn = end', () => {
    const day = fc
      .integer({ min: 0, max: 1000 })
      .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    const contract = fc
      .record({
        account: fc.constantFrom('a', 'b', 'c', 'd'),
        start: day,
        length: fc.integer({ min: 1, max: 500 }),
        arr: fc.integer({ min: 0, max: 1000 }),
        cancelled: fc.boolean(),
      })
      .map(({ account, start, length, arr, cancelled }) =>
        c(
          account,
          start,
          new Date(Date.parse(`${start}T00:00:00Z`) + length * 86_400_000)
            .toISOString()
            .slice(0, 10),
          arr,
          cancelled ? 'cancelled' : 'active',
        ),
      );
    fc.assert(
      fc.property(
        fc.array(contract, { maxLength: 12 }),
        day,
        fc.integer({ min: 1, max: 400 }),
        (contracts, from, days) => {
          const to = new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const m = arrMovements(contracts, from, to);
          expect(m.startArr + m.new + m.reactivation + m.expansion - m.contraction - m.churn).toBe(
            m.endArr,
          );
          expect(m.lost).toBeLessThanOrEqual(m.activeAtStart);
          expect(m.churn + m.contraction).toBeLessThanOrEqual(m.startArr);
        },
      ),
      { numRuns: 300 },
    );
  });
});
