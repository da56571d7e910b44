/**
 * A renewal's terms on a day, from whatever the records hold: its history where it has one; a
 * renewal record without history (entered before history was kept) as it stands once it
 * existed; and for a contract nobody has forecast yet, the contract itself — target its ARR, no
 * call, open until the contract says it was renewed or churned. A contract counts from the day
 * it was entered or started, whichever came first.
 */
import type { RenewalTerms } from '../../shared/api/forecastViews';
import { termsAsOf, type TermsChange } from './renewalHistory';

export interface TermsSource {
  contract: {
    arrMinor: number;
    startDate: string;
    endDate: string;
    status: string;
    createdAt: string;
    updatedAt: string;
  };
  renewal: (RenewalTerms & { createdAt: string }) | null;
  changes: TermsChange[];
  followOnArr: number | null;
}

const dayOf = (timestamp: string) => timestamp.slice(0, 10);

export function initialTerms(targetArrMinor: number): RenewalTerms {
  return {
    targetArrMinor,
    forecastCall: '',
    callReason: '',
    expectedChangeMinor: 0,
    outcome: 'open',
    finalArrMinor: null,
    reasonCodes: [],
    closedDate: '',
  };
}

/** Just the forecast fields of a renewal record. */
export function pickTerms(r: RenewalTerms): RenewalTerms {
  return {
    targetArrMinor: r.targetArrMinor,
    forecastCall: r.forecastCall,
    callReason: r.callReason,
    expectedChangeMinor: r.expectedChangeMinor,
    outcome: r.outcome,
    finalArrMinor: r.finalArrMinor,
    reasonCodes: [...r.reasonCodes],
    closedDate: r.closedDate,
  };
}

/** Whether the contract was known on `day`. */
export function knownOn(source: TermsSource, day: string): boolean {
  const { startDate, createdAt } = source.contract;
  const entered = createdAt ? dayOf(createdAt) : startDate;
  return (startDate < entered ? startDate : entered) <= day;
}

export function termsOn(
  source: TermsSource,
  day: string,
): { terms: RenewalTerms; last: TermsChange | null } {
  const { contract, renewal, changes } = source;
  const initial = initialTerms(contract.arrMinor);
  if (changes.length > 0) return termsAsOf(initial, changes, day);
  if (renewal) {
    if (dayOf(renewal.createdAt) > day) return { terms: initial, last: null };
    const terms = pickTerms(renewal);
    const closedLater =
      terms.outcome !== 'open' && terms.closedDate !== '' && terms.closedDate > day;
    return {
      terms: closedLater
        ? { ...terms, outcome: 'open', finalArrMinor: null, reasonCodes: [], closedDate: '' }
        : terms,
      last: null,
    };
  }
  // The contract alone: closed once it ended (or was marked) as renewed or churned.
  const renewed = contract.status === 'renewed' || source.followOnArr !== null;
  const churned = !renewed && contract.status === 'churned';
  const marked = dayOf(contract.updatedAt) <= day || contract.endDate <= day;
  if ((renewed || churned) && marked) {
    const finalArr = renewed ? (source.followOnArr ?? contract.arrMinor) : 0;
    return {
      terms: {
        ...initial,
        outcome: renewed ? 'renewed' : 'churned',
        finalArrMinor: finalArr,
      },
      last: null,
    };
  }
  return { terms: initial, last: null };
}
