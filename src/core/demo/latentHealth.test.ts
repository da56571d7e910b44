import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { renewalChance } from './demoContracts';
import { csmRead, healthOn, meanHealth, simulateLatentHealth } from './latentHealth';
import { SeededRandom } from './seededRandom';

const TODAY = '2026-12-01';
const START = addDays(TODAY, -1400);

describe('latent health', () => {
  it('is the same walk for the same seed, one value a week, within its range', () => {
    const a = simulateLatentHealth(new SeededRandom(3, 14), START, TODAY);
    const b = simulateLatentHealth(new SeededRandom(3, 14), START, TODAY);
    expect(Array.from(a.weeks)).toEqual(Array.from(b.weeks));
    expect(a.shocks).toEqual(b.shocks);
    expect(a.weeks).toHaveLength(Math.floor(1400 / 7) + 1);
    expect(Array.from(a.weeks).every((h) => h >= 0.03 && h <= 0.97)).toBe(true);
  });

  it('dates its shocks within the walk, never after today', () => {
    for (let i = 0; i < 300; i++) {
      const latent = simulateLatentHealth(new SeededRandom(5, i), START, TODAY);
      for (const shock of latent.shocks) {
        expect(shock.date >= START && shock.date <= TODAY).toBe(true);
      }
      expect(latent.shocks.filter((s) => s.kind === 'champion_left').length).toBeLessThanOrEqual(2);
    }
  });

  it('moves slowly: next week is near this week, a year on can be far', () => {
    let weekly = 0;
    let yearly = 0;
    let n = 0;
    for (let i = 0; i < 200; i++) {
      const { weeks } = simulateLatentHealth(new SeededRandom(8, i), START, TODAY);
      for (let w = 0; w + 52 < weeks.length; w += 13) {
        weekly += Math.abs(weeks[w + 1]! - weeks[w]!);
        yearly += Math.abs(weeks[w + 52]! - weeks[w]!);
        n++;
      }
    }
    expect(weekly / n).toBeLessThan(0.05);
    expect(yearly / n).toBeGreaterThan(2 * (weekly / n));
  });

  it('reads a day by its week and a span by the mean of its weeks', () => {
    const latent = {
      start: '2026-01-05',
      weeks: Float64Array.from([0.2, 0.4, 0.9]),
      shocks: [],
      csmBias: 0,
    };
    expect(healthOn(latent, '2026-01-05')).toBe(0.2);
    expect(healthOn(latent, '2026-01-12')).toBe(0.4);
    // Before the start and after the last week, the nearest week.
    expect(healthOn(latent, '2025-12-01')).toBe(0.2);
    expect(healthOn(latent, '2026-03-01')).toBe(0.9);
    expect(meanHealth(latent, '2026-01-06', '2026-01-19')).toBeCloseTo(0.5, 10);
  });

  it('gives a CSM read near the truth, but not always on it', () => {
    const latent = simulateLatentHealth(new SeededRandom(2, 2), START, TODAY);
    const rng = new SeededRandom(9);
    const truth = meanHealth(latent, addDays(TODAY, -28), TODAY);
    const reads = Array.from({ length: 500 }, () => csmRead(latent, rng, TODAY));
    const mean = reads.reduce((s, r) => s + r, 0) / reads.length;
    expect(Math.abs(mean - truth - latent.csmBias)).toBeLessThan(0.02);
    expect(reads.some((r) => Math.abs(r - truth) > 0.1)).toBe(true);
  });

  it('makes renewal likelier the healthier the account', () => {
    const chances = [0.1, 0.3, 0.5, 0.7, 0.9].map(renewalChance);
    for (let i = 1; i < chances.length; i++) expect(chances[i]!).toBeGreaterThan(chances[i - 1]!);
    expect(renewalChance(0.9)).toBeGreaterThan(0.95);
    expect(renewalChance(0.2)).toBeLessThan(0.15);
  });
});
