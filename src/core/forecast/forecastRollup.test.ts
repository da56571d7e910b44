import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORECAST_CALLS } from '../../shared/domain/enums';
import { BANDS } from '../../shared/domain/healthEnums';
import { rollUp, rollUpByCurrency, type RollupRow } from './forecastRollup';
import { forecastRenewal, type RenewalTerms } from './renewalForecast';
import { initialTerms } from './renewalTermsOn';

const row = (terms: Partial<RenewalTerms>, p = 0.65, currency = 'USD') => {
  const t: RenewalTerms = { ...initialTerms(0), ...terms };
  return {
    ...forecastRenewal(t, { band: 'yellow', probability: p }),
    targetArrMinor: t.targetArrMinor,
    outcome: t.outcome,
    overdue: false,
    currency,
  };
};

describe('forecast roll-ups (DESIGN.md §6)', () => {
  it('adds a hand-computed window up', () => {
    const rows = [
      row({ targetArrMinor: 100_000, forecastCall: 'commit' }), // 95,000 commit
      row({ targetArrMinor: 200_000, outcome: 'renewed', finalArrMinor: 220_000 }), // won, +20,000
      row({ targetArrMinor: 50_000, outcome: 'churned', finalArrMinor: 0 }),
      row({ targetArrMinor: 40_000, expectedChangeMinor: 10_000 }), // system 0.65: 26,000 + 6,500
    ];
    const r = rollUp(rows);
    expect(r).toMatchObject({
      renewals: 4,
      open: 2,
      renewed: 1,
      churned: 1,
      due: 390_000,
      commit: 95_000,
      closedWon: 220_000,
      expectedRetained: 95_000 + 200_000 + 26_000,
      expectedExpansion: 20_000 + 6_500,
      expected: 95_000 + 220_000 + 32_500,
      best: 100_000 + 220_000 + 50_000,
      worst: 220_000 + 95_000,
    });
    expect(r.grr).toBeCloseTo(321_000 / 390_000, 12);
    expect(r.nrr).toBeCloseTo(347_500 / 390_000, 12);
  });

  it('has no rates when no renewal is due', () => {
    expect(rollUp([])).toMatchObject({ renewals: 0, due: 0, grr: null, nrr: null });
  });

  it('keeps currencies apart', () => {
    const byCurrency = rollUpByCurrency([
      row({ targetArrMinor: 100 }, 0.5, 'USD'),
      row({ targetArrMinor: 700 }, 0.5, 'CNY'),
      row({ targetArrMinor: 300 }, 0.5, 'USD'),
    ]);
    expect(byCurrency.map((c) => [c.currency, c.rollup.due, c.rollup.expected])).toEqual([
      ['CNY', 700, 350],
      ['USD', 400, 200],
    ]);
  });
});

const anyRow = fc
  .record({
    target: fc.integer({ min: 0, max: 10_000_000 }),
    change: fc.integer({ min: -10_000_000, max: 10_000_000 }),
    call: fc.constantFrom('', ...FORECAST_CALLS),
    outcome: fc.constantFrom('open', 'open', 'renewed', 'churned'),
    final: fc.integer({ min: 0, max: 20_000_000 }),
    band: fc.constantFrom(null, ...BANDS),
    p: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ target, change, call, outcome, final, band, p }) => {
    const terms: RenewalTerms = {
      targetArrMinor: target,
      forecastCall: call,
      callReason: '',
      expectedChangeMinor: Math.max(-target, change),
      outcome: outcome as RenewalTerms['outcome'],
      finalArrMinor: outcome === 'renewed' ? final : outcome === 'churned' ? 0 : null,
      reasonCodes: [],
      closedDate: '',
    };
    return {
      ...forecastRenewal(terms, { band, probability: p }),
      targetArrMinor: target,
      outcome: terms.outcome,
      overdue: false,
    } satisfies RollupRow;
  });

describe('forecast properties', () => {
  it('roll-up totals equal the sum of their rows', () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 40 }), (rows) => {
        const r = rollUp(rows);
        for (const key of ['due', 'commit', 'expected', 'best', 'worst', 'closedWon'] as const) {
          const field = key === 'due' ? 'targetArrMinor' : key;
          expect(r[key]).toBe(rows.reduce((s, x) => s + x[field], 0));
        }
        expect(r.expected).toBe(r.expectedRetained + r.expectedExpansion);
        expect(r.worst).toBe(r.closedWon + r.commit);
        expect(r.open + r.renewed + r.churned).toBe(rows.length);
      }),
    );
  });

  it('forecast GRR never exceeds 100 %', () => {
    fc.assert(
      fc.property(fc.array(anyRow, { minLength: 1, maxLength: 40 }), (rows) => {
        const r = rollUp(rows);
        if (r.grr !== null) expect(r.grr).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('the expected ARR of a renewal lies between its worst and best case', () => {
    fc.assert(
      fc.property(anyRow, (r) => {
        expect(r.worst).toBeLessThanOrEqual(r.expected);
        expect(r.expected).toBeLessThanOrEqual(r.best);
        expect(r.expected).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
