import { describe, expect, it } from 'vitest';
import { arrMovements, type ArrContract } from './arrMovements';
import { ces, csat, healthRate, ltv, nps, renewalRates, retention } from './customerMetrics';

const answers = (kind: string, scores: number[]) => scores.map((score) => ({ kind, score }));

describe('survey metrics', () => {
  it('NPS is % promoters − % detractors over the responses', () => {
    // 3 promoters (9, 10, 9), 2 passives (7, 8), 5 detractors → (3 − 5) ÷ 10 = −20
    expect(nps(answers('nps', [9, 10, 9, 7, 8, 0, 3, 6, 5, 6]))).toBeCloseTo(-20, 10);
    expect(nps(answers('csat', [5]))).toBeNull();
  });
  it('CSAT is the share of 4–5 answers, CES the mean', () => {
    expect(csat(answers('csat', [5, 4, 3, 1]))).toBe(50);
    expect(ces(answers('ces', [7, 6, 2]))).toBe(5);
    expect(csat([])).toBeNull();
    expect(ces([])).toBeNull();
  });
});

const c = (accountId: string, startDate: string, endDate: string, arr: number): ArrContract => ({
  accountId,
  startDate,
  endDate,
  arr,
  status: 'active',
});

describe('retention', () => {
  // Start ARR 1,000 over 4 accounts; one churns (100), one contracts (200 → 150), one expands
  // (300 → 400); a new account (500) and a reactivation (50) do not count for NRR.
  const contracts = [
    c('churns', '2025-01-01', '2026-03-01', 100),
    c('contracts', '2025-01-01', '2026-02-01', 200),
    c('contracts', '2026-02-01', '2027-02-01', 150),
    c('expands', '2025-01-01', '2026-05-01', 300),
    c('expands', '2026-05-01', '2027-05-01', 400),
    c('flat', '2025-01-01', '2027-06-01', 400),
    c('new', '2026-03-01', '2027-03-01', 500),
    c('back', '2024-01-01', '2025-01-01', 70),
    c('back', '2026-06-01', '2027-06-01', 50),
  ];
  const m = arrMovements(contracts, '2026-01-01', '2027-01-01');

  it('GRR, NRR, logo churn, gross revenue churn and expansion rate by their definitions', () => {
    expect(m).toMatchObject({
      startArr: 1000,
      churn: 100,
      contraction: 50,
      expansion: 100,
      new: 500,
      reactivation: 50,
    });
    const r = retention(m);
    expect(r.logoChurn).toBe(1 / 4);
    expect(r.grossRevenueChurn).toBeCloseTo(0.15, 10);
    expect(r.grr).toBeCloseTo(0.85, 10);
    expect(r.nrr).toBeCloseTo((1000 + 100 - 50 - 100) / 1000, 10);
    expect(r.expansionRate).toBeCloseTo(0.1, 10);
  });

  it('LTV is ARPA × margin ÷ monthly revenue churn, and undefined without churn', () => {
    // ARPA = 1000 ÷ 4 ÷ 12 per month; monthly churn = 0.15 ÷ 12.
    expect(ltv(m, 12)).toBeCloseTo(1000 / 4 / 12 / (0.15 / 12), 6);
    expect(ltv(m, 12, 0.8)).toBeCloseTo((0.8 * 1000) / 4 / 12 / (0.15 / 12), 6);
    const steady = arrMovements(
      [c('a', '2025-01-01', '2028-01-01', 10)],
      '2026-01-01',
      '2027-01-01',
    );
    expect(ltv(steady, 12)).toBeNull();
    expect(retention(steady)).toMatchObject({ grr: 1, nrr: 1, logoChurn: 0 });
  });

  it('has no rates when nothing was active at the start', () => {
    const none = arrMovements([c('n', '2026-03-01', '2027-03-01', 5)], '2026-01-01', '2027-01-01');
    expect(retention(none)).toEqual({
      logoChurn: null,
      grossRevenueChurn: null,
      grr: null,
      nrr: null,
      expansionRate: null,
    });
  });
});

describe('renewal rates', () => {
  it('logo and ARR renewal rates, renewed ARR capped at target', () => {
    const r = renewalRates([
      { target: 100, outcome: 'renewed', finalArr: 150 },
      { target: 200, outcome: 'renewed', finalArr: 150 },
      { target: 100, outcome: 'churned', finalArr: null },
      { target: 100, outcome: 'open', finalArr: null },
    ]);
    expect(r).toEqual({
      due: 4,
      renewed: 2,
      dueArr: 500,
      renewedArr: 250,
      logo: 0.5,
      arr: (100 + 150) / 500,
    });
    expect(renewalRates([])).toEqual({
      due: 0,
      renewed: 0,
      dueArr: 0,
      renewedArr: 0,
      logo: null,
      arr: null,
    });
  });
  it('health rate is green ÷ active', () => {
    expect(healthRate(['green', 'yellow', 'green', 'red'])).toBe(0.5);
    expect(healthRate([])).toBeNull();
  });
});
