/** Filtering and sorting of portfolio rows (pure, so it is unit-tested apart from the UI). */
import type { PortfolioRow } from '../../../shared/api/views';
import { comparableAmount } from '../../../shared/domain/referenceRates';

export type SortKey = 'name' | 'arr' | 'renewal' | 'health';
export interface PortfolioFilter {
  text: string;
  segment: string;
  stage: string;
  owner: string;
  renewalMonth: string;
  /** A health band, or 'none' for accounts without a score. */
  band: string;
}

export const EMPTY_FILTER: PortfolioFilter = {
  text: '',
  segment: '',
  stage: '',
  owner: '',
  renewalMonth: '',
  band: '',
};

export function filterPortfolio(
  rows: PortfolioRow[],
  filter: PortfolioFilter,
  sort: SortKey,
  descending: boolean,
  collator: Intl.Collator,
): PortfolioRow[] {
  const text = filter.text.trim().toLowerCase();
  const kept = rows.filter(
    (r) =>
      (!text ||
        r.name.toLowerCase().includes(text) ||
        r.industry.toLowerCase().includes(text) ||
        r.owner.toLowerCase().includes(text) ||
        r.region.toLowerCase().includes(text)) &&
      (!filter.segment || r.segment === filter.segment) &&
      (!filter.stage || r.stage === filter.stage) &&
      (!filter.owner || r.owner === filter.owner) &&
      (!filter.renewalMonth || r.renewalDate.startsWith(filter.renewalMonth)) &&
      (!filter.band || (r.health?.band ?? 'none') === filter.band),
  );
  const direction = descending ? -1 : 1;
  const compare: Record<SortKey, (a: PortfolioRow, b: PortfolioRow) => number> = {
    name: (a, b) => collator.compare(a.name, b.name),
    // Across currencies, by approximate value, so the largest accounts come first whatever they pay in.
    arr: (a, b) =>
      comparableAmount(a.arrMinor, a.currency) - comparableAmount(b.arrMinor, b.currency),
    // Accounts without a renewal date sort last either way.
    renewal: (a, b) => (a.renewalDate || '9999').localeCompare(b.renewalDate || '9999'),
    // Unscored accounts (churned, or not scored yet) sort below every score.
    health: (a, b) => (a.health?.score ?? -1) - (b.health?.score ?? -1),
  };
  return kept.sort((a, b) => direction * compare[sort](a, b) || collator.compare(a.name, b.name));
}

export function distinct(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))].sort();
}
