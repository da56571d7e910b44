/**
 * The demo behaves like a real book (issue 12), on a 1,000-account portfolio in a real database:
 * health 90 days before a contract's end predicts its renewal (the calibration page's bands beat
 * a constant forecast), the book's NPS is believable and higher where health is green, the CSM's
 * calls are mostly but not always right, open renewals plan expansion and contraction, there are
 * opportunities for the forecast to pick up, and nothing that describes the past is dated after
 * the demo's today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAND_PROBABILITY } from '../../src/core/health/calibration';
import { MIN_CLOSED_FOR_CALIBRATION } from '../../src/core/forecast/systemProbability';
import { loadDemo } from '../../src/services/demo/demoService';
import { demoBookFigures, type DemoBookFigures } from './demoBookFigures';
import { tempWorkspace } from './testWorkspace';

const TODAY = '2026-12-01';
const ws = tempWorkspace({ wallClock: () => Date.parse(`${TODAY}T10:00:00Z`) });
let figures: DemoBookFigures;

beforeAll(() => {
  loadDemo(ws, { accounts: 1000, seed: 7, today: TODAY });
  figures = demoBookFigures(ws);
}, 240_000);
afterAll(() => ws.cleanup());

describe('a 1,000-account demo book', () => {
  it('renews by the health band 90 days before the end', () => {
    const { green, yellow, red } = figures.bandRates;
    expect(green).toBeGreaterThanOrEqual(0.88);
    expect(yellow).toBeGreaterThanOrEqual(0.6);
    expect(yellow).toBeLessThanOrEqual(0.85);
    expect(red).toBeLessThanOrEqual(0.5);
    for (const band of figures.calibration.bands) expect(band.closed).toBeGreaterThan(10);
  });

  it('shows calibrated bands that predict clearly better than the base rate', () => {
    const c = figures.calibration;
    for (const band of c.bands) {
      // The probability the forecast uses: the band's own rate once it has enough history.
      const calibrated = band.closed >= MIN_CLOSED_FOR_CALIBRATION;
      expect(band.calibrated).toBe(calibrated);
      expect(band.probability).toBeCloseTo(
        calibrated ? (band.rate ?? 0) : BAND_PROBABILITY[band.band],
        10,
      );
    }
    expect(c.renewalRate).toBeGreaterThan(0.7);
    expect(c.renewalRate).toBeLessThan(0.95);
    expect(c.constantBrier).toBeCloseTo(c.renewalRate! * (1 - c.renewalRate!), 10);
    expect(c.brier!).toBeLessThan(c.constantBrier! * 0.85);
  });

  it('has a believable NPS, higher for green accounts than red ones', () => {
    expect(figures.npsBook).toBeGreaterThanOrEqual(-10);
    expect(figures.npsBook).toBeLessThanOrEqual(40);
    const { green, yellow, red } = figures.npsByBand;
    expect(green!).toBeGreaterThan(yellow!);
    expect(yellow!).toBeGreaterThan(red!);
    expect(figures.healthRate).toBeGreaterThan(0.45);
    expect(figures.healthRate).toBeLessThan(0.8);
  });

  it('has CSM calls that are right most of the time, but not always', () => {
    const { closed, share, commitChurned, atRiskRenewed } = figures.calls;
    expect(closed).toBeGreaterThan(300);
    expect(share).toBeGreaterThan(0.65);
    expect(share).toBeLessThan(0.95);
    expect(commitChurned).toBeGreaterThan(0);
    expect(atRiskRenewed).toBeGreaterThan(0);
    // The forecast misses by something, and by less as the end comes near.
    expect(figures.accuracy.error30).toBeGreaterThan(0.05);
    expect(figures.accuracy.error30!).toBeLessThan(figures.accuracy.error90!);
  });

  it('has open renewals with planned changes and opportunities a forecast picks up', () => {
    expect(figures.openRenewals).toBeGreaterThan(100);
    expect(figures.openWithExpansion).toBeGreaterThan(10);
    expect(figures.openWithContraction).toBeGreaterThan(10);
    expect(figures.opportunitiesInWindow).toBeGreaterThan(50);
    // The forecast of the next six months counts both.
    expect(figures.forecastExpansion.planned).toBeGreaterThan(10);
    expect(figures.forecastExpansion.opportunities).toBeGreaterThan(10);
  });

  it('dates nothing of the past after today, and closes and completes consistently', () => {
    expect(figures.futureDated).toEqual({});
    expect(figures.inconsistent).toEqual({});
    // What may lie ahead does: meetings scheduled, tasks and milestones due, contracts ending.
    const later = (table: string, column: string) =>
      ws.db.sqlite
        .prepare(`SELECT count(*) FROM ${table} WHERE deleted = 0 AND ${column} > ?`)
        .pluck()
        .get(TODAY) as number;
    expect(later('touchpoints', 'date')).toBeGreaterThan(0);
    expect(later('milestones', 'due_date')).toBeGreaterThan(0);
    expect(later('contracts', 'end_date')).toBeGreaterThan(0);
    expect(later('expansion_opportunities', 'expected_close')).toBeGreaterThan(0);
  });
});
