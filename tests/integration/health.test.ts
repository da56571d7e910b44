/**
 * Health scores over a generated portfolio through the service and the CLI: every active account
 * is scored with its inputs, the numbers are the core engine's, and bad arguments exit 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeHealth } from '../../src/core/health/healthScore';
import { DEFAULT_SCORECARD } from '../../src/core/health/defaultScorecard';
import {
  loadHealthAccounts,
  loadHealthAccountsOnDay,
} from '../../src/db/repositories/healthSignalsRepository';
import { addDays } from '../../src/core/dates';
import { runCli } from '../../src/hosts/cli/runCli';
import { loadDemo } from '../../src/services/demo/demoService';
import { notScoredReason, portfolioHealth } from '../../src/services/health/healthService';
import { createRecord, deleteRecord } from '../../src/services/recordService';
import { tempWorkspace } from './testWorkspace';

const ws = tempWorkspace();
afterAll(() => ws.cleanup());
beforeAll(() => {
  loadDemo(ws, { accounts: 40, seed: 7, today: '2026-11-22' });
});

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--db', ws.file, ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('portfolio health', () => {
  it('scores every active account with the core engine, explaining each measure', () => {
    const results = portfolioHealth(ws, { asOf: '2026-11-22' });
    const accounts = loadHealthAccounts(ws.db.sqlite, '2026-11-22');
    expect(results.length).toBeGreaterThan(20);
    expect(results.every((r) => r.stage !== 'churned')).toBe(true);
    for (const r of results) {
      const account = accounts.find((a) => a.id === r.accountId)!;
      expect(r.score).toBe(computeHealth(account.signals, '2026-11-22', DEFAULT_SCORECARD).score);
      expect(r.groups.flatMap((g) => g.measures)).toHaveLength(14);
    }
    // The demo is varied: more than one band shows up.
    expect(new Set(results.map((r) => r.band)).size).toBeGreaterThan(1);
  });

  it('reads only the records that can still count, with the same result as the whole history', () => {
    for (const asOf of ['2026-11-22', '2026-06-30']) {
      const recent = loadHealthAccounts(ws.db.sqlite, asOf);
      const onDay = loadHealthAccountsOnDay(ws.db.sqlite, asOf);
      const all = loadHealthAccounts(ws.db.sqlite, asOf, null, true);
      expect(recent.map((a) => a.id)).toEqual(all.map((a) => a.id));
      expect(onDay.map((a) => a.id)).toEqual(all.map((a) => a.id));
      recent.forEach((account, i) => {
        const full = all[i]!;
        expect(full.signals.usage.length).toBeGreaterThanOrEqual(account.signals.usage.length);
        // The day and the trend's day from the windowed read; the day alone from the day's read.
        // Every point and input agrees, but for how long ago a meeting was when that is beyond
        // the window read (0 points either way).
        const working = (signals: typeof full.signals, day: string) => {
          const result = computeHealth(signals, day, DEFAULT_SCORECARD);
          const inputs = (m: { id: string; inputs: object }) =>
            m.id === 'daysSinceExecutiveTouchpoint' || m.id === 'daysSinceTouchpoint'
              ? null
              : m.inputs;
          return {
            ...result,
            groups: result.groups.map((g) => ({
              ...g,
              measures: g.measures.map((m) => ({ ...m, inputs: inputs(m) })),
            })),
            drivers: result.drivers.map((m) => ({ ...m, inputs: inputs(m) })),
          };
        };
        for (const day of [asOf, addDays(asOf, -30)])
          expect(working(account.signals, day)).toEqual(working(full.signals, day));
        expect(working(onDay[i]!.signals, asOf)).toEqual(working(full.signals, asOf));
      });
    }
  });

  it('leaves deleted records out', () => {
    const account = createRecord(ws, 'accounts', { name: 'Zeta Test 健康' });
    const id = account.id;
    // A brand-new account has no score until a contract is in force (DESIGN.md §4).
    expect(portfolioHealth(ws, { asOf: '2026-11-22', accountId: id })).toEqual([]);
    expect(notScoredReason(ws, id, '2026-11-22')).toBe('no_contract');
    createRecord(ws, 'contracts', {
      accountId: id,
      startDate: '2026-01-01',
      endDate: '2027-01-01',
      arrMinor: 1_000_000,
      seats: 10,
    });
    expect(notScoredReason(ws, id, '2025-12-31')).toBe('not_started');
    expect(notScoredReason(ws, id, '2026-11-22')).toBeNull();
    const ticket = createRecord(ws, 'support_tickets', {
      accountId: id,
      subject: 'Down',
      severity: 'P1',
      status: 'open',
      openedDate: '2026-11-20',
    });
    const [before] = portfolioHealth(ws, { asOf: '2026-11-22', accountId: id });
    expect(before!.groups.find((g) => g.id === 'support')!.points).toBe(75);
    deleteRecord(ws, 'support_tickets', ticket.id);
    const [after] = portfolioHealth(ws, { asOf: '2026-11-22', accountId: id });
    expect(after!.groups.find((g) => g.id === 'support')!.points).toBe(100);
  });

  it('prints text and JSON from the CLI, and refuses bad arguments', async () => {
    const json = await cli(['health', '--json', '--as-of', '2026-11-22']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as {
      accountId: string;
      score: number;
      scorecardVersion: number;
      trend: number | null;
    }[];
    expect(parsed[0]).toMatchObject({ scorecardVersion: 1 });
    const one = parsed[0]!;
    const text = await cli(['health', '--account', one.accountId, '--as-of', '2026-11-22']);
    expect(text.out).toContain(`${one.accountId}`);
    expect(text.out).toMatch(/licenseUtilisation\s+\S+ pts/);
    expect(text.out).toContain('scorecard v1');
    const unknown = await cli(['health', '--account', '01900000-0000-7000-8000-000000000000']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('No account with id');
    const badDate = await cli(['health', '--as-of', '2026-13-40']);
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain('--as-of must be a date');
  });
});
