import { describe, expect, it } from 'vitest';
import { probabilityFor, systemProbabilities, type DatedOutcome } from './systemProbability';

const outcomes = (band: DatedOutcome['band'], n: number, renewed: number, endDate = '2026-06-01') =>
  Array.from({ length: n }, (_, i) => ({
    band,
    renewed: i < renewed,
    endDate,
    closedDate: endDate,
  }));

describe('system probability from health (DESIGN.md §6)', () => {
  it('uses the defaults until a band has 20 closed renewals in the last year', () => {
    const p = systemProbabilities(
      [...outcomes('green', 19, 10), ...outcomes('red', 25, 5)],
      '2026-11-01',
    );
    expect(p.green).toMatchObject({ probability: 0.9, calibrated: false, closed: 19 });
    expect(p.yellow).toMatchObject({ probability: 0.65, calibrated: false, closed: 0 });
    expect(p.red).toMatchObject({ probability: 5 / 25, calibrated: true, renewed: 5 });
    expect(probabilityFor(p, null)).toBe(0.65);
  });

  it('an account with no score takes the yellow default, not the calibrated yellow rate', () => {
    const p = systemProbabilities(outcomes('yellow', 25, 20, '2026-06-01'), '2026-11-01');
    expect(p.yellow).toMatchObject({ probability: 0.8, calibrated: true });
    expect(probabilityFor(p, 'yellow')).toBe(0.8);
    expect(probabilityFor(p, null)).toBe(0.65);
  });

  it('on a past day counts only the renewals that had closed by then, ending in the year before', () => {
    const list = [
      ...outcomes('green', 20, 20, '2026-03-01'),
      ...outcomes('green', 10, 0, '2026-09-01'),
      // Ended long ago: outside the year.
      ...outcomes('green', 30, 0, '2025-01-01'),
    ];
    expect(systemProbabilities(list, '2026-08-31').green).toMatchObject({
      probability: 1,
      closed: 20,
    });
    expect(systemProbabilities(list, '2026-09-01').green.probability).toBeCloseTo(20 / 30, 12);
    const lateClose = list.map((o) =>
      o.endDate === '2026-09-01' ? { ...o, closedDate: '2026-10-15' } : o,
    );
    expect(systemProbabilities(lateClose, '2026-10-14').green.closed).toBe(20);
    expect(systemProbabilities(lateClose, '2026-10-15').green.closed).toBe(30);
  });
});
