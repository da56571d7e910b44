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
  });

  it('has no rates and no Brier score without closed renewals', () => {
    const result = calibrate([]);
    expect(result.brier).toBeNull();
    expect(result.renewalRate).toBeNull();
    expect(result.bands.every((b) => b.rate === null && b.closed === 0)).toBe(true);
  });
});
