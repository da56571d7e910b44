/**
 * The forecast of a past day, rebuilt later, equals the forecast that was computed on that day
 * (DESIGN.md §6) — whatever calls, closings, reopenings, health changes and new rates came in
 * between. Random sequences of a CSM's days on a real database, checked with fast-check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../src/services/recordService';
import { saveExchangeRate } from '../../src/services/renewals/exchangeRateService';
import { forecastView } from '../../src/services/renewals/forecastService';
import {
  closeRenewal,
  reopenRenewal,
  updateRenewal,
} from '../../src/services/renewals/renewalCallService';
import type { Workspace } from '../../src/services/workspace';
import { forecastQuery, renewalCloseInput } from '../../src/shared/api/forecastInputs';
import type { ForecastView } from '../../src/shared/api/forecastViews';
import { FORECAST_CALLS } from '../../src/shared/domain/enums';
import { accountWithContract, onDay } from './renewalFixtures';
import { tempDir } from './testWorkspace';

const DAYS = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'];
const WINDOW = { from: '2026-10-01', to: '2027-04-01' };

const operation = fc.oneof(
  fc.record({
    kind: fc.constant('call' as const),
    i: fc.nat(3),
    call: fc.constantFrom('', ...FORECAST_CALLS),
    change: fc.integer({ min: -40_000, max: 60_000 }),
  }),
  fc.record({
    kind: fc.constant('target' as const),
    i: fc.nat(3),
    target: fc.integer({ min: 1, max: 200_000 }),
  }),
  fc.record({
    kind: fc.constant('close' as const),
    i: fc.nat(3),
    renewed: fc.boolean(),
    final: fc.integer({ min: 1, max: 300_000 }),
  }),
  fc.record({ kind: fc.constant('reopen' as const), i: fc.nat(3) }),
  fc.record({
    kind: fc.constant('survey' as const),
    i: fc.nat(3),
    score: fc.integer({ min: 0, max: 10 }),
  }),
  fc.record({
    kind: fc.constant('rate' as const),
    rate: fc.double({ min: 0.05, max: 2, noNaN: true }),
  }),
);

/** What a reader of the forecast sees, less what is only known today (the live score). */
function seen(view: ForecastView) {
  return {
    rows: view.rows.map(({ score: _score, ...row }) => row),
    totals: view.totals,
    probabilities: view.probabilities,
    rates: view.rates,
  };
}

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function apply(
  ws: Workspace,
  op: Operation,
  contracts: { accountId: string; contractId: string }[],
) {
  const target = contracts['i' in op ? op.i : 0]!;
  try {
    switch (op.kind) {
      case 'call':
        updateRenewal(ws, {
          contractId: target.contractId,
          forecastCall: op.call,
          callReason: op.call ? `Reason for ${op.call}` : '',
          expectedChangeMinor: op.change,
        });
        break;
      case 'target':
        updateRenewal(ws, { contractId: target.contractId, targetArrMinor: op.target });
        break;
      case 'close':
        closeRenewal(
          ws,
          renewalCloseInput.parse(
            op.renewed
              ? { contractId: target.contractId, outcome: 'renewed', finalArrMinor: op.final }
              : { contractId: target.contractId, outcome: 'churned', reasonCodes: ['budget'] },
          ),
        );
        break;
      case 'reopen':
        reopenRenewal(ws, target.contractId);
        break;
      case 'survey':
        createRecord(ws, 'survey_responses', {
          accountId: target.accountId,
          kind: 'nps',
          score: op.score,
          date: ws.today(),
        });
        break;
      case 'rate':
        saveExchangeRate(ws, {
          fromCurrency: 'CNY',
          toCurrency: 'USD',
          rate: op.rate,
          effectiveDate: ws.today(),
          note: '',
        });
        break;
    }
  } catch (error) {
    // Refused operations (a call on a closed renewal, a contraction past the target…) write
    // nothing; the property still has to hold.
    if (!(error instanceof Error) || !/cannot|closed|open already|needs|must/.test(error.message))
      throw error;
  }
}

describe('the forecast of a past day', () => {
  it('rebuilt later equals the forecast computed on that day', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(operation, { maxLength: 6 }), {
          minLength: DAYS.length,
          maxLength: DAYS.length,
        }),
        (days) => {
          const { dir, cleanup } = tempDir();
          const file = `${dir}/outpost.db`;
          try {
            const first = onDay(file, '2026-10-01');
            const contracts = [
              accountWithContract(first, 'Acme', {
                start: '2025-11-15',
                end: '2026-11-15',
                arr: 100_000,
              }),
              accountWithContract(first, '华东制造', {
                start: '2026-01-01',
                end: '2027-01-01',
                arr: 700_000,
                currency: 'CNY',
              }),
              accountWithContract(first, 'Bolt', {
                start: '2025-10-20',
                end: '2026-10-20',
                arr: 50_000,
              }),
              accountWithContract(first, 'Later', {
                start: '2026-03-01',
                end: '2027-03-01',
                arr: 20_000,
              }),
            ];
            first.close();
            const computed = new Map<string, ReturnType<typeof seen>>();
            DAYS.forEach((day, d) => {
              const ws = onDay(file, day);
              for (const op of days[d] ?? []) apply(ws, op, contracts);
              computed.set(
                day,
                seen(forecastView(ws, forecastQuery.parse({ ...WINDOW, currency: 'USD' }))),
              );
              ws.close();
            });
            const later = onDay(file, '2026-11-02');
            for (const day of DAYS)
              expect(
                seen(
                  forecastView(
                    later,
                    forecastQuery.parse({ ...WINDOW, currency: 'USD', asOf: day }),
                  ),
                ),
                day,
              ).toEqual(computed.get(day));
            later.close();
          } finally {
            cleanup();
          }
        },
      ),
      { numRuns: Number(process.env.OUTPOST_PROPERTY_RUNS) || 12 },
    );
  });
});
