import { describe, expect, it } from 'vitest';
import type { PortfolioRow } from '../../../shared/api/views';
import { EMPTY_FILTER, filterPortfolio } from './portfolioFilters';

const row = (name: string, extra: Partial<PortfolioRow>): PortfolioRow => ({
  id: name,
  name,
  industry: '',
  segment: 'smb',
  region: '',
  owner: '',
  tags: [],
  currency: 'USD',
  arrMinor: 0,
  renewalDate: '',
  stage: 'steady',
  health: null,
  openAlerts: 0,
  ...extra,
});

const rows = [
  row('Acme', {
    arrMinor: 100_000_00,
    currency: 'USD',
    segment: 'enterprise',
    renewalDate: '2027-03-01',
    owner: 'Li Na',
    health: { score: 81, band: 'green', trend: 2, scorecardVersion: 1 },
  }),
  row('北京云帆', {
    arrMinor: 500_000_00,
    currency: 'CNY',
    renewalDate: '2027-01-15',
    stage: 'renewal',
    health: { score: 42, band: 'red', trend: -20, scorecardVersion: 1 },
  }),
  row('Bluepeak', { arrMinor: 20_000_00, currency: 'EUR', renewalDate: '' }),
];
const collator = new Intl.Collator('en');

describe('filterPortfolio', () => {
  it('sorts ARR by comparable value across currencies, largest first', () => {
    // ¥500,000 ≈ $70,000 < $100,000.
    expect(filterPortfolio(rows, EMPTY_FILTER, 'arr', true, collator).map((r) => r.name)).toEqual([
      'Acme',
      '北京云帆',
      'Bluepeak',
    ]);
  });

  it('sorts renewal dates with accounts without one last', () => {
    expect(
      filterPortfolio(rows, EMPTY_FILTER, 'renewal', false, collator).map((r) => r.name),
    ).toEqual(['北京云帆', 'Acme', 'Bluepeak']);
  });

  it('sorts by health score with unscored accounts below every score, and filters by band', () => {
    expect(
      filterPortfolio(rows, EMPTY_FILTER, 'health', true, collator).map((r) => r.name),
    ).toEqual(['Acme', '北京云帆', 'Bluepeak']);
    expect(
      filterPortfolio(rows, EMPTY_FILTER, 'health', false, collator).map((r) => r.name),
    ).toEqual(['Bluepeak', '北京云帆', 'Acme']);
    const band = (b: string) =>
      filterPortfolio(rows, { ...EMPTY_FILTER, band: b }, 'name', false, collator).map(
        (r) => r.name,
      );
    expect(band('red')).toEqual(['北京云帆']);
    expect(band('green')).toEqual(['Acme']);
    expect(band('none')).toEqual(['Bluepeak']);
    expect(band('yellow')).toEqual([]);
  });

  it('filters by text, segment, stage, owner and renewal month together', () => {
    const only = (f: Partial<typeof EMPTY_FILTER>) =>
      filterPortfolio(rows, { ...EMPTY_FILTER, ...f }, 'name', false, collator).map((r) => r.name);
    expect(only({ text: 'blue' })).toEqual(['Bluepeak']);
    expect(only({ segment: 'enterprise' })).toEqual(['Acme']);
    expect(only({ stage: 'renewal' })).toEqual(['北京云帆']);
    expect(only({ owner: 'Li Na' })).toEqual(['Acme']);
    expect(only({ renewalMonth: '2027-01' })).toEqual(['北京云帆']);
    expect(only({ text: 'acme', segment: 'smb' })).toEqual([]);
  });
});
