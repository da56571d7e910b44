/**
 * The KPI set of DESIGN.md §3 on a small portfolio worked out by hand, period [2026-01-01,
 * 2027-01-01):
 *   grows     100 → 130 (renewed on 2026-03-01 with expansion)
 *   shrinks   200 → 150 (renewed on 2026-06-01 with contraction)
 *   leaves     80 →   0 (its contract ended 2026-05-01, not renewed)
 *   returns     0 →  40 (a customer until 2025, back on 2026-09-01: reactivation)
 *   arrives     0 →  60 (new on 2026-04-01)
 * Start ARR 380, end ARR 380 (130 + 150 + 40 + 60).
 */
import { describe, expect, it } from 'vitest';
import { convertMinor } from '../money/exchangeRates';
import type { ArrContract } from './arrMovements';
import { kpiFigures } from './kpiFigures';

const c = (accountId: string, startDate: string, endDate: string, arr: number): ArrContract => ({
  accountId,
  startDate,
  endDate,
  arr,
  status: 'active',
});

const contracts = [
  c('grows', '2025-03-01', '2026-03-01', 100),
  c('grows', '2026-03-01', '2027-03-01', 130),
  c('shrinks', '2025-06-01', '2026-06-01', 200),
  c('shrinks', '2026-06-01', '2027-06-01', 150),
  c('leaves', '2025-05-01', '2026-05-01', 80),
  c('returns', '2024-01-01', '2025-01-01', 40),
  c('returns', '2026-09-01', '2027-09-01', 40),
  c('arrives', '2026-04-01', '2027-04-01', 60),
];
const due = [
  { target: 100, outcome: 'renewed' as const, finalArr: 130 },
  { target: 200, outcome: 'renewed' as const, finalArr: 150 },
  { target: 80, outcome: 'churned' as const, finalArr: 0 },
];

describe('KPIs of a period (DESIGN.md §3)', () => {
  const k = kpiFigures(contracts, due, '2026-01-01', '2027-01-01', 0.8);

  it('derives ARR movements from the contract history', () => {
    expect(k.movements).toMatchObject({
      startArr: 380,
      endArr: 380,
      new: 60,
      reactivation: 40,
      expansion: 30,
      contraction: 50,
      churn: 80,
      activeAtStart: 3,
      lost: 1,
    });
  });

  it('computes the retention rates; reactivation and new business stay out of NRR', () => {
    expect(k.retention.logoChurn).toBeCloseTo(1 / 3, 12);
    expect(k.retention.grossRevenueChurn).toBeCloseTo((80 + 50) / 380, 12);
    expect(k.retention.grr).toBeCloseTo(1 - 130 / 380, 12);
    // (380 + 30 − 50 − 80) ÷ 380: the 40 reactivated and the 60 new are not in it.
    expect(k.retention.nrr).toBeCloseTo(280 / 380, 12);
    expect(k.retention.expansionRate).toBeCloseTo(30 / 380, 12);
  });

  it('counts renewal rates, a renewal with expansion capped at its target', () => {
    expect(k.renewals).toEqual({
      due: 3,
      renewed: 2,
      dueArr: 380,
      // grows renewed at 130 but counts 100; shrinks at 150.
      renewedArr: 250,
      logo: 2 / 3,
      arr: 250 / 380,
    });
  });

  it('LTV = ARPA × margin ÷ monthly revenue churn', () => {
    const arpa = 380 / 3 / 12;
    const monthly = 130 / 380 / k.ltv.months;
    expect(k.ltv.arpa).toBeCloseTo(arpa, 12);
    expect(k.ltv.monthlyChurn).toBeCloseTo(monthly, 12);
    expect(k.ltv.value).toBeCloseTo((arpa * 0.8) / monthly, 9);
  });

  it('with no renewals due and no churn: no renewal rates, LTV undefined, GRR 100 %', () => {
    const steady = kpiFigures(
      [c('a', '2025-01-01', '2028-01-01', 10)],
      [],
      '2026-01-01',
      '2027-01-01',
      1,
    );
    expect(steady.renewals).toMatchObject({ due: 0, logo: null, arr: null });
    expect(steady.ltv.value).toBeNull();
    expect(steady.retention).toMatchObject({ grr: 1, nrr: 1, logoChurn: 0 });
  });

  it('a contract ending on the first day of the period churns in it; one ending on its end day does not', () => {
    const edge = kpiFigures(
      [c('first', '2025-01-01', '2026-01-01', 10), c('last', '2026-01-01', '2027-01-01', 20)],
      [],
      '2026-01-01',
      '2027-01-01',
      1,
    );
    expect(edge.movements).toMatchObject({ startArr: 10, churn: 10, new: 20, endArr: 20 });
  });

  it('multi-currency: each currency on its own, or all converted into one', () => {
    const usd = [
      c('u', '2025-01-01', '2026-06-01', 10_000),
      c('u', '2026-06-01', '2027-06-01', 12_000),
    ];
    const eur = [c('e', '2025-01-01', '2026-06-01', 10_000)];
    const toUsd = (arr: number, currency: string) =>
      currency === 'EUR' ? convertMinor(arr, 'EUR', 'USD', 1.1) : arr;
    const inUsd = kpiFigures(
      [
        ...usd.map((x) => ({ ...x, arr: toUsd(x.arr, 'USD') })),
        ...eur.map((x) => ({ ...x, arr: toUsd(x.arr, 'EUR') })),
      ],
      [],
      '2026-01-01',
      '2027-01-01',
      1,
    );
    expect(kpiFigures(usd, [], '2026-01-01', '2027-01-01', 1).retention.nrr).toBeCloseTo(1.2, 12);
    expect(kpiFigures(eur, [], '2026-01-01', '2027-01-01', 1).retention.nrr).toBe(0);
    // 10,000 USD + 11,000 (10,000 EUR) at the start; 12,000 at the end.
    expect(inUsd.movements).toMatchObject({ startArr: 21_000, expansion: 2_000, churn: 11_000 });
    expect(inUsd.retention.nrr).toBeCloseTo(12_000 / 21_000, 12);
  });
});
