/**
 * Expansion opportunities in the renewal forecast through the services (DESIGN.md §6): an open
 * opportunity closing by the contract end + 90 days counts toward the earliest-ending open
 * renewal of its account, at its own probability, in expected, best and forecast NRR; once, in
 * its own currency; a planned change set by the CSM takes its place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRecord } from '../../src/services/recordService';
import { forecastView } from '../../src/services/renewals/forecastService';
import { updateRenewal } from '../../src/services/renewals/renewalCallService';
import { forecastQuery } from '../../src/shared/api/forecastInputs';
import { accountWithContract } from './renewalFixtures';
import { tempWorkspace } from './testWorkspace';

let cleanup = () => {};
afterEach(() => cleanup());

const view = (ws: Parameters<typeof forecastView>[0], from: string, to: string) =>
  forecastView(ws, forecastQuery.parse({ from, to, currency: 'USD' }));

describe('expansion opportunities in the forecast', () => {
  it('count once toward the earliest open renewal they close by, in expected, best and NRR', () => {
    const ws = tempWorkspace();
    cleanup = ws.cleanup;
    const acme = accountWithContract(ws, 'Acme', {
      start: '2025-12-15',
      end: '2026-12-15',
      arr: 100_000_00,
    });
    // An add-on ending next quarter: the opportunity closing in January belongs to December's.
    createRecord(ws, 'contracts', {
      accountId: acme.accountId,
      startDate: '2026-03-15',
      endDate: '2027-03-15',
      arrMinor: 10_000_00,
      currency: 'USD',
    });
    const opportunity = (
      title: string,
      amount: number,
      probability: number,
      close: string,
      currency = 'USD',
    ) =>
      createRecord(ws, 'expansion_opportunities', {
        accountId: acme.accountId,
        title,
        amountMinor: amount,
        probability,
        expectedClose: close,
        currency,
      });
    const seats = opportunity('More seats', 20_000_00, 50, '2027-01-20');
    opportunity('Later module', 8_000_00, 25, '2027-05-01'); // by 2027-03-15 + 90: the add-on's
    opportunity('Far away', 50_000_00, 90, '2028-01-01'); // no renewal reaches it
    opportunity('Euro deal', 5_000_00, 100, '2027-01-01', 'EUR'); // no EUR renewal
    createRecord(ws, 'expansion_opportunities', {
      accountId: acme.accountId,
      title: 'Undated',
      amountMinor: 9_000_00,
      probability: 90,
    });

    const q4 = view(ws, '2026-10-01', '2027-01-01');
    const row = q4.rows.find((r) => r.contractId === acme.contractId)!;
    // Retained at the band's probability; expansion 20,000 × its own 50 % = 10,000, whatever
    // the renewal's probability; best takes the 20,000 unweighted.
    const retained = Math.round(100_000_00 * row.systemProbability);
    expect(row).toMatchObject({
      expectedRetained: retained,
      expectedExpansion: 10_000_00,
      expected: retained + 10_000_00,
      best: 120_000_00,
      expansionSource: 'opportunities',
      opportunityIds: [seats.id],
    });
    const usd = q4.totals.byCurrency.find((c) => c.currency === 'USD')!.totals;
    expect(usd.nrr).toBeCloseTo((retained + 10_000_00) / 100_000_00, 12);
    expect(usd.grr).toBeCloseTo(retained / 100_000_00, 12);

    const q1 = view(ws, '2027-01-01', '2027-04-01');
    const addOn = q1.rows.find((r) => r.accountId === acme.accountId)!;
    expect(addOn.expectedExpansion).toBe(2_000_00); // 8,000 × 25 %, the January one not again
    // Across both windows each opportunity counted once.
    const all = view(ws, '2026-10-01', '2027-04-01').rows.flatMap((r) => r.opportunityIds);
    expect(new Set(all).size).toBe(all.length);

    // A planned expansion set by the CSM replaces the pipeline for that renewal.
    updateRenewal(ws, {
      contractId: acme.contractId,
      forecastCall: 'likely',
      callReason: 'Budget approved',
      expectedChangeMinor: 30_000_00,
    });
    const planned = view(ws, '2026-10-01', '2027-01-01').rows.find(
      (r) => r.contractId === acme.contractId,
    )!;
    expect(planned).toMatchObject({
      expectedRetained: 75_000_00,
      expectedExpansion: 22_500_00,
      best: 130_000_00,
      expansionSource: 'planned',
    });
  });
});
