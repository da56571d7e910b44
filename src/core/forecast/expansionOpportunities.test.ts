/** Expansion opportunities in the forecast (DESIGN.md §6): which renewal counts them, and how. */
import { describe, expect, it } from 'vitest';
import { assignOpportunities, type OpenOpportunity } from './expansionOpportunities';
import { forecastRenewal } from './renewalForecast';
import { initialTerms } from './renewalTermsOn';

const opp = (id: string, over: Partial<OpenOpportunity> = {}): OpenOpportunity => ({
  id,
  accountId: 'a',
  title: id,
  currency: 'USD',
  amountMinor: 10_000,
  probability: 50,
  expectedClose: '2027-01-15',
  ...over,
});
const renewal = (contractId: string, endDate: string, over = {}) => ({
  contractId,
  accountId: 'a',
  currency: 'USD',
  endDate,
  ...over,
});
const green = { band: 'green' as const, probability: 0.9 };

describe('which open renewal counts an opportunity', () => {
  it('the earliest-ending open renewal of its account whose end + 90 days it closes by', () => {
    const claims = assignOpportunities(
      [
        opp('soon', { expectedClose: '2027-01-15' }),
        opp('edge', { expectedClose: '2027-03-31' }), // exactly 2027-01-01 + 89 days
        opp('later', { expectedClose: '2027-05-01' }),
        opp('undated', { expectedClose: '' }),
        opp('never', { expectedClose: '2028-01-01' }),
      ],
      [renewal('q2', '2027-04-01'), renewal('q1', '2027-01-01')],
    );
    expect(claims.get('q1')?.map((o) => o.id)).toEqual(['soon', 'edge']);
    expect(claims.get('q2')?.map((o) => o.id)).toEqual(['later']);
    const all = [...claims.values()].flat().map((o) => o.id);
    expect(all).not.toContain('undated');
    expect(all).not.toContain('never');
    // Each opportunity once.
    expect(new Set(all).size).toBe(all.length);
  });

  it('only in its own currency and its own account', () => {
    const claims = assignOpportunities(
      [opp('eur', { currency: 'EUR' }), opp('other', { accountId: 'b' })],
      [renewal('usd', '2027-01-01'), renewal('eur-renewal', '2027-02-01', { currency: 'EUR' })],
    );
    expect(claims.get('usd')).toBeUndefined();
    expect(claims.get('eur-renewal')?.map((o) => o.id)).toEqual(['eur']);
  });
});

describe('opportunities in a renewal’s forecast', () => {
  const target = initialTerms(100_000);
  const pipeline = [
    opp('x', { amountMinor: 20_000, probability: 50 }),
    opp('y', { amountMinor: 10_000, probability: 30 }),
  ];

  it('without a planned change: expansion = Σ amount × own probability; best takes them unweighted', () => {
    const f = forecastRenewal(target, green, pipeline);
    // 20,000 × 50 % + 10,000 × 30 % = 13,000 (not × the renewal's 90 %).
    expect(f).toMatchObject({
      expectedRetained: 90_000,
      expectedExpansion: 13_000,
      expected: 103_000,
      expansion: 30_000,
      best: 130_000,
      expansionSource: 'opportunities',
      opportunityIds: ['x', 'y'],
    });
  });

  it('a planned positive change wins over the pipeline, weighted by the renewal’s probability', () => {
    const f = forecastRenewal({ ...target, expectedChangeMinor: 5_000 }, green, pipeline);
    expect(f).toMatchObject({
      expectedExpansion: 4_500,
      best: 105_000,
      expansionSource: 'planned',
      opportunityIds: [],
    });
  });

  it('a planned contraction still counts the pipeline; a lost call expects nothing', () => {
    const f = forecastRenewal({ ...target, expectedChangeMinor: -10_000 }, green, pipeline);
    expect(f).toMatchObject({ expectedRetained: 80_000, expectedExpansion: 13_000, best: 120_000 });
    const lost = forecastRenewal({ ...target, forecastCall: 'lost' }, green, pipeline);
    expect(lost).toMatchObject({ expected: 0, best: 0, worst: 0 });
  });
});
