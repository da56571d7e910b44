/**
 * Renewals through the services on a real database: one row per contract ending in the window,
 * calls with their reasons kept in history, closing as renewed (a follow-on contract the ARR
 * movements then see) or churned, reopening, refusals that write nothing, and exchange rates.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listChanges } from '../../src/db/changeCapture/changeLog';
import { listAccountRecords } from '../../src/db/repositories/recordRepository';
import { createApiHandlers } from '../../src/services/apiHandlers';
import { dispatch } from '../../src/services/dispatch';
import { kpiView } from '../../src/services/kpiService';
import { saveExchangeRate } from '../../src/services/renewals/exchangeRateService';
import { forecastView } from '../../src/services/renewals/forecastService';
import {
  closeRenewal,
  reopenRenewal,
  updateRenewal,
} from '../../src/services/renewals/renewalCallService';
import { forecastQuery, kpiQuery, renewalCloseInput } from '../../src/shared/api/forecastInputs';
import { accountWithContract, onDay } from './renewalFixtures';
import { tempWorkspace } from './testWorkspace';

let cleanup = () => {};
afterEach(() => cleanup());

const Q4 = { from: '2026-10-01', to: '2027-01-01' };
const view = (ws: Parameters<typeof forecastView>[0], extra: object = {}) =>
  forecastView(ws, forecastQuery.parse({ ...Q4, ...extra }));
const close = (input: object) => renewalCloseInput.parse(input);

function setup() {
  const ws = tempWorkspace();
  cleanup = ws.cleanup;
  const acme = accountWithContract(ws, 'Acme', {
    start: '2025-12-15',
    end: '2026-12-15',
    arr: 100_000_00,
  });
  const bolt = accountWithContract(ws, '博尔特科技', {
    start: '2025-11-01',
    end: '2026-11-01',
    arr: 700_000_00,
    currency: 'CNY',
  });
  const later = accountWithContract(ws, 'Later Ltd', {
    start: '2026-03-01',
    end: '2027-03-01',
    arr: 5_000_00,
  });
  return { ws, acme, bolt, later };
}

describe('the renewals of a window', () => {
  it('has one row per contract ending in it, each with its system probability from health', () => {
    const { ws, acme, bolt } = setup();
    const v = view(ws);
    expect(v.rows.map((r) => r.contractId).sort()).toEqual(
      [acme.contractId, bolt.contractId].sort(),
    );
    const row = v.rows.find((r) => r.contractId === acme.contractId)!;
    expect(row).toMatchObject({
      targetArrMinor: 100_000_00,
      forecastCall: '',
      outcome: 'open',
      source: 'system',
    });
    expect(row.systemProbability).toBe(
      v.probabilities.find((p) => p.band === (row.band ?? 'yellow'))!.probability,
    );
    expect(row.expected).toBe(Math.round(100_000_00 * row.systemProbability));
    // The CNY contract ended on 2026-11-01 without a decision: overdue.
    expect(v.rows.find((r) => r.contractId === bolt.contractId)).toMatchObject({ overdue: true });
    expect(v.totals.byCurrency.map((c) => c.currency)).toEqual(['CNY', 'USD']);
    // No exchange rates yet: the USD total leaves CNY out and says so.
    expect(v.totals.missingRates).toEqual(['CNY']);
  });

  it('a call needs a reason; it wins over health and is kept in the history', () => {
    const { ws, acme } = setup();
    const before = listChanges(ws.db.sqlite).length;
    expect(() =>
      updateRenewal(ws, { contractId: acme.contractId, forecastCall: 'commit' }),
    ).toThrow(/needs a reason/);
    expect(() =>
      updateRenewal(ws, {
        contractId: acme.contractId,
        expectedChangeMinor: -200_000_00,
      }),
    ).toThrow(/contraction cannot be larger/);
    expect(listChanges(ws.db.sqlite).length).toBe(before);

    const detail = updateRenewal(ws, {
      contractId: acme.contractId,
      forecastCall: 'likely',
      callReason: 'Budget approved, legal review pending',
      expectedChangeMinor: 20_000_00,
    });
    // 100,000 × 0.75 + 20,000 × 0.75.
    expect(detail.row).toMatchObject({ probability: 0.75, source: 'call', expected: 90_000_00 });
    expect(detail.history).toHaveLength(1);
    // Told as the moment it was made, to the millisecond, by this device's clock.
    expect(detail.history[0]!.at).toBe('2026-11-22T10:00:00.000Z');
    expect(detail.history[0]!.changes).toEqual({
      forecastCall: 'likely',
      callReason: 'Budget approved, legal review pending',
      expectedChangeMinor: 20_000_00,
    });
    // A save that changes nothing adds nothing.
    updateRenewal(ws, { contractId: acme.contractId, forecastCall: 'likely' });
    const again = updateRenewal(ws, { contractId: acme.contractId, forecastCall: 'commit' });
    expect(again.history.map((h) => h.changes)).toEqual([
      { forecastCall: 'commit' },
      expect.objectContaining({ forecastCall: 'likely' }),
    ]);
    expect(view(ws).totals.reporting?.totals.commit).toBe(Math.round(100_000_00 * 0.95));
  });

  it('closing as renewed creates the follow-on contract the ARR movements see; reopening undoes it', () => {
    const { ws, acme } = setup();
    expect(() =>
      closeRenewal(ws, close({ contractId: acme.contractId, outcome: 'renewed' })),
    ).toThrow(/final ARR/);
    const closed = closeRenewal(
      ws,
      close({
        contractId: acme.contractId,
        outcome: 'renewed',
        finalArrMinor: 120_000_00,
        note: 'Signed',
      }),
    );
    expect(closed.row).toMatchObject({
      outcome: 'renewed',
      expected: 120_000_00,
      closedDate: '2026-11-22',
    });
    expect(closed.followOn).toMatchObject({
      startDate: '2026-12-15',
      endDate: '2027-12-15',
      arrMinor: 120_000_00,
    });
    const contracts = listAccountRecords(ws.db.sqlite, 'contracts', acme.accountId).sort((a, b) =>
      a.startDate.localeCompare(b.startDate),
    );
    expect(contracts.map((c) => [c.status, c.renewalOf === acme.contractId])).toEqual([
      ['renewed', false],
      ['active', true],
    ]);
    expect(() =>
      updateRenewal(ws, { contractId: acme.contractId, forecastCall: 'lost', callReason: 'x' }),
    ).toThrow(/closed/);
    // Seen in January, December's movements hold Acme's expansion: 100,000 → 120,000.
    const january = onDay(ws.file, '2027-01-10');
    const december = kpiView(
      january,
      kpiQuery.parse({ from: '2026-12-01', to: '2027-01-01', currency: 'USD' }),
    );
    january.close();
    expect(december.reporting?.movements).toMatchObject({ expansion: 20_000_00, churn: 0 });
    expect(december.reporting?.renewals).toMatchObject({ due: 1, renewed: 1, arr: 1 });
    // KPIs describe what happened: a period reaching past today stops today.
    expect(
      kpiView(ws, kpiQuery.parse({ from: '2026-11-01', to: '2027-01-01', currency: 'USD' }))
        .through,
    ).toBe('2026-11-22');
    expect(() =>
      kpiView(ws, kpiQuery.parse({ from: '2026-12-01', to: '2027-01-01', currency: 'USD' })),
    ).toThrow(/after today/);

    const reopened = reopenRenewal(ws, acme.contractId);
    expect(reopened.row.outcome).toBe('open');
    expect(reopened.followOn).toBeNull();
    expect(reopened.history.map((h) => h.kind)).toEqual(['reopen', 'close']);
    expect(
      listAccountRecords(ws.db.sqlite, 'contracts', acme.accountId).map((c) => c.status),
    ).toEqual(['active']);
  });

  it('closing as churned needs a reason code and marks the contract churned', () => {
    const { ws, bolt } = setup();
    expect(() =>
      closeRenewal(ws, close({ contractId: bolt.contractId, outcome: 'churned' })),
    ).toThrow(/reason code/);
    expect(() =>
      closeRenewal(
        ws,
        close({
          contractId: bolt.contractId,
          outcome: 'churned',
          reasonCodes: ['budget'],
          closedDate: '2026-12-01',
        }),
      ),
    ).toThrow(/after today/);
    const detail = closeRenewal(
      ws,
      close({ contractId: bolt.contractId, outcome: 'churned', reasonCodes: ['competitor'] }),
    );
    expect(detail.row).toMatchObject({
      outcome: 'churned',
      expected: 0,
      reasonCodes: ['competitor'],
    });
    expect(listAccountRecords(ws.db.sqlite, 'contracts', bolt.accountId)[0]!.status).toBe(
      'churned',
    );
    expect(view(ws, { filters: { status: 'churned' } }).rows.map((r) => r.contractId)).toEqual([
      bolt.contractId,
    ]);
  });

  it('the generic record methods refuse renewals and their history, so nothing bypasses it', async () => {
    const { ws, acme } = setup();
    const handlers = createApiHandlers(ws);
    const detail = updateRenewal(ws, {
      contractId: acme.contractId,
      forecastCall: 'at_risk',
      callReason: 'Champion left',
    });
    for (const [method, input] of [
      [
        'records:update',
        { type: 'renewals', id: detail.row.renewalId, patch: { forecastCall: 'commit' } },
      ],
      ['records:delete', { type: 'renewals', id: detail.row.renewalId }],
      ['records:create', { type: 'renewal_changes', fields: {} }],
      ['records:update', { type: 'exchange_rates', id: detail.row.renewalId, patch: { rate: 2 } }],
    ] as const) {
      const result = await dispatch(handlers, method, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(view(ws).rows.find((r) => r.contractId === acme.contractId)?.forecastCall).toBe(
      'at_risk',
    );
  });

  it('converts into the reporting currency at the team’s rates, through a shared currency if need be', () => {
    const { ws } = setup();
    expect(() =>
      saveExchangeRate(ws, {
        fromCurrency: 'USD',
        toCurrency: 'USD',
        rate: 1,
        effectiveDate: '2026-01-01',
        note: '',
      }),
    ).toThrow(/must differ/);
    expect(() =>
      saveExchangeRate(ws, {
        fromCurrency: 'CNY',
        toCurrency: 'USD',
        rate: 0,
        effectiveDate: '2026-01-01',
        note: '',
      }),
    ).toThrow(/more than 0/);
    saveExchangeRate(ws, {
      fromCurrency: 'CNY',
      toCurrency: 'USD',
      rate: 0.14,
      effectiveDate: '2026-01-01',
      note: '',
    });
    saveExchangeRate(ws, {
      fromCurrency: 'EUR',
      toCurrency: 'USD',
      rate: 1.1,
      effectiveDate: '2026-01-01',
      note: '',
    });
    const v = view(ws, { currency: 'USD' });
    expect(v.totals.missingRates).toEqual([]);
    const cny = v.totals.byCurrency.find((c) => c.currency === 'CNY')!.totals;
    const usd = v.totals.byCurrency.find((c) => c.currency === 'USD')!.totals;
    expect(v.totals.reporting?.totals.due).toBe(usd.due + Math.round(cny.due * 0.14));
    // EUR reports go through USD: 1 CNY = 0.14 / 1.1 EUR.
    const inEur = view(ws, { currency: 'EUR' });
    expect(inEur.rates.find((r) => r.from === 'CNY')?.rate).toBeCloseTo(0.14 / 1.1, 12);
    expect(inEur.totals.reporting?.totals.renewals).toBe(2);
  });
});
