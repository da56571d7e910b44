import { describe, expect, it } from 'vitest';
import { forecastRenewal, isFlagged, type RenewalTerms } from './renewalForecast';
import { initialTerms } from './renewalTermsOn';

const terms = (patch: Partial<RenewalTerms> = {}): RenewalTerms => ({
  ...initialTerms(100_000),
  ...patch,
});
const green = { band: 'green' as const, probability: 0.9 };
const red = { band: 'red' as const, probability: 0.3 };

describe('one renewal’s forecast (DESIGN.md §6)', () => {
  it('without a call uses the system probability of its band', () => {
    expect(forecastRenewal(terms(), green)).toMatchObject({
      probability: 0.9,
      source: 'system',
      expectedRetained: 90_000,
      expectedExpansion: 0,
      expected: 90_000,
      best: 100_000,
      worst: 0,
      commit: 0,
      flagged: false,
    });
  });

  it('a call wins over the system; commit counts in commit and worst case at 95 %', () => {
    const f = forecastRenewal(terms({ forecastCall: 'commit' }), red);
    // 100,000 × 0.95 = 95,000; a commit on a red account is two bands away: flagged.
    expect(f).toMatchObject({ probability: 0.95, source: 'call', expected: 95_000 });
    expect(f).toMatchObject({ commit: 95_000, worst: 95_000, best: 100_000, flagged: true });
  });

  it('expected = target × p − planned contraction + expansion × p', () => {
    // likely (0.75): 100,000 × 0.75 + 20,000 × 0.75 = 75,000 + 15,000.
    expect(
      forecastRenewal(terms({ forecastCall: 'likely', expectedChangeMinor: 20_000 }), green),
    ).toMatchObject({
      expansion: 20_000,
      expectedRetained: 75_000,
      expectedExpansion: 15_000,
      expected: 90_000,
      best: 120_000,
    });
    // at risk (0.40) with 30,000 planned contraction: 40,000 − 30,000 = 10,000 retained.
    expect(
      forecastRenewal(terms({ forecastCall: 'at_risk', expectedChangeMinor: -30_000 }), green),
    ).toMatchObject({
      contraction: 30_000,
      expectedRetained: 10_000,
      expected: 10_000,
      best: 70_000,
    });
  });

  it('a contraction never takes the expected below nothing, and lost counts nothing', () => {
    expect(
      forecastRenewal(terms({ forecastCall: 'at_risk', expectedChangeMinor: -90_000 }), green)
        .expected,
    ).toBe(0);
    expect(
      forecastRenewal(terms({ forecastCall: 'lost', expectedChangeMinor: 50_000 }), green),
    ).toMatchObject({ probability: 0, expected: 0, best: 0, worst: 0, flagged: true });
  });

  it('closed renewals count at their final ARR, expansion included', () => {
    expect(
      forecastRenewal(terms({ outcome: 'renewed', finalArrMinor: 130_000 }), red),
    ).toMatchObject({
      probability: 1,
      source: 'closed',
      expectedRetained: 100_000,
      expectedExpansion: 30_000,
      expected: 130_000,
      best: 130_000,
      worst: 130_000,
      closedWon: 130_000,
      expansion: 30_000,
    });
    expect(
      forecastRenewal(terms({ outcome: 'renewed', finalArrMinor: 80_000 }), red),
    ).toMatchObject({ expectedRetained: 80_000, expectedExpansion: 0, contraction: 20_000 });
    expect(forecastRenewal(terms({ outcome: 'churned', finalArrMinor: 0 }), green)).toMatchObject({
      expected: 0,
      best: 0,
      worst: 0,
      closedWon: 0,
    });
  });

  it('flags a call more than one band away from health', () => {
    expect(isFlagged('commit', 'red')).toBe(true);
    expect(isFlagged('commit', 'yellow')).toBe(false);
    expect(isFlagged('at_risk', 'green')).toBe(true);
    expect(isFlagged('lost', 'yellow')).toBe(true);
    expect(isFlagged('likely', 'red')).toBe(false);
    expect(isFlagged('', 'red')).toBe(false);
    expect(isFlagged('commit', null)).toBe(false);
  });
});
