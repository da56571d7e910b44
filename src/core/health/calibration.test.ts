import { describe, expect, it } from 'vitest';
import { calibrate } from './calibration';

describe('calibrate', () => {
  it('gives per band the share renewed and the Brier score of the implied probability', () => {
    const result = calibrate([
      { band: 'green', renewed: true },
      { band: 'green', renewed: true },
      { band: 'green', renewed: false },
      { band: 'yellow', renewed: true },
      { band: 'red', renewed: false },
    ]);
    expect(result.bands).toEqual([
      { band: 'red', probability: 0.3, closed: 1, renewed: 0, rate: 0 },
      { band: 'yellow', probability: 0.65, closed: 1, renewed: 1, rate: 1 },
      { band: 'green', probability: 0.9, closed: 3, renewed: 2, rate: 2 / 3 },
    ]);
    // (0.1² + 0.1² + 0.9² + 0.35² + 0.3²) ÷ 5 = (0.01 + 0.01 + 0.81 + 0.1225 + 0.09) ÷ 5
    expect(result.brier).toBeCloseTo(1.0425 / 5, 10);
    expect(result.renewalRate).toBeCloseTo(0.6, 10);
    expect(result.closed).toBe(5);
    // Forecasting the base rate 0.6 for all: three renewals miss by 0.4, two churns by 0.6:
    // (3 × 0.16 + 2 × 0.36) ÷ 5 = 1.2 ÷ 5 = 0.24 — the bands' defaults do better here.
    expect(result.constantBrier).toBeCloseTo(0.24, 10);
  });

  it('scores the probabilities it is given (calibrated per-band rates) against the base rate', () => {
    // Ten renewals: green 4 of 5 renewed, yellow 2 of 3, red 0 of 2 — base rate 6 ÷ 10.
    const outcomes = [
      ...[true, true, true, true, false].map((renewed) => ({ band: 'green' as const, renewed })),
      ...[true, true, false].map((renewed) => ({ band: 'yellow' as const, renewed })),
      ...[false, false].map((renewed) => ({ band: 'red' as const, renewed })),
    ];
    const result = calibrate(outcomes, { green: 0.8, yellow: 2 / 3, red: 0 });
    expect(result.bands.map((b) => b.probability)).toEqual([0, 2 / 3, 0.8]);
    // green: 4 × 0.2² + 0.8² = 0.16 + 0.64 = 0.8; yellow: 2 × (1/3)² + (2/3)² = 6/9;
    // red: 0. Brier = (0.8 + 2/3) ÷ 10 = 0.14667.
    expect(result.brier).toBeCloseTo((0.8 + 2 / 3) / 10, 10);
    // Constant 0.6: 6 × 0.4² + 4 × 0.6² = 0.96 + 1.44 = 2.4, ÷ 10 = 0.24.
    expect(result.constantBrier).toBeCloseTo(0.24, 10);
    expect(result.brier!).toBeLessThan(result.constantBrier!);
  });

  it('gives a constant forecast no error when every renewal went the same way', () => {
    const result = calibrate([
      { band: 'green', renewed: true },
      { band: 'red', renewed: true },
    ]);
    expect(result.constantBrier).toBe(0);
    // 0.1² and 0.7² ÷ 2: the defaults cannot beat a base rate of 100 %.
    expect(result.brier).toBeCloseTo((0.01 + 0.49) / 2, 10);
  });

  it('has no rates and no Brier score without closed renewals', () => {
    const result = calibrate([]);
    expect(result.brier).toBeNull();
    expect(result.constantBrier).toBeNull();
    expect(result.renewalRate).toBeNull();
    expect(result.bands.every((b) => b.rate === null && b.closed === 0)).toBe(true);
  });
});
