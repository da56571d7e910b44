/**
 * A renewal's terms on any past day, rebuilt from its history (DESIGN.md §6): every change of a
 * call, an amount or the outcome is kept as an entry naming only the fields it set, so two
 * people's changes made offline fold field by field, the later one winning, as the record's own
 * fields merge in sync.
 */
import type { RenewalTerms } from './renewalForecast';

export interface TermsChange {
  id: string;
  /** When the change was made (an HLC time, which sorts as text) and on which local day. */
  at: string;
  date: string;
  changes: Partial<RenewalTerms>;
}

export interface TermsAsOf {
  terms: RenewalTerms;
  /** The last change applied, or null when none was made by then. */
  last: TermsChange | null;
}

export const compareChanges = (a: TermsChange, b: TermsChange): number =>
  a.at === b.at ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.at < b.at ? -1 : 1;

/** The terms at the end of `day`: `initial` with every change made on or before it applied. */
export function termsAsOf(initial: RenewalTerms, changes: TermsChange[], day: string): TermsAsOf {
  const terms: RenewalTerms = { ...initial, reasonCodes: [...initial.reasonCodes] };
  let last: TermsChange | null = null;
  for (const change of [...changes].sort(compareChanges)) {
    if (change.date > day) continue;
    Object.assign(terms, change.changes);
    last = change;
  }
  return { terms, last };
}

/** The fields whose value differs between two states of the terms. */
export function changedTerms(before: RenewalTerms, after: RenewalTerms): (keyof RenewalTerms)[] {
  return (Object.keys(after) as (keyof RenewalTerms)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}
