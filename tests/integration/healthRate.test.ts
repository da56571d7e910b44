/**
 * The KPI health rate (DESIGN.md §3): green accounts ÷ accounts scored on the day, by the same
 * rule today and on any past day — the same accounts and bands `health --as-of` gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates';
import { loadDemo } from '../../src/services/demo/demoService';
import { portfolioHealth } from '../../src/services/health/healthService';
import { kpiView } from '../../src/services/kpiService';
import { kpiQuery } from '../../src/shared/api/forecastInputs';
import { tempWorkspace } from './testWorkspace';

const TODAY = '2026-11-22';
const ws = tempWorkspace();
afterAll(() => ws.cleanup());
beforeAll(() => {
  loadDemo(ws, { accounts: 60, seed: 3, today: TODAY });
});

describe('health rate', () => {
  it.each([
    ['today', addDays(TODAY, 1)],
    ['the end of last quarter', '2026-10-01'],
    ['half a year ago', '2026-06-01'],
  ])('on %s counts exactly the accounts scored that day', (_, to) => {
    const kpis = kpiView(ws, kpiQuery.parse({ from: addDays(to, -90), to }));
    const day = addDays(to, -1);
    const scored = portfolioHealth(ws, { asOf: day });
    expect(kpis.healthRate).toEqual({
      asOf: day,
      green: scored.filter((h) => h.band === 'green').length,
      active: scored.length,
      rate: scored.filter((h) => h.band === 'green').length / scored.length,
    });
    expect(scored.length).toBeGreaterThan(10);
  });
});
