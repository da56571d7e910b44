/**
 * ARR and its movements over a period [from, to), derived from the contract history alone
 * (DESIGN.md §3): an account's ARR on a day is the sum of the contracts in force that day; the
 * change between the start and the end of the period is new business, reactivation, expansion,
 * contraction or churn. The period starts with the ARR of the day before `from` and ends with
 * the ARR of its last day, so a contract ending (its first day out of force) on a day of the
 * period is churned or renewed in that period — the same period its renewal falls due in.
 * Amounts are in one currency (the caller converts or groups).
 */
import type { ArrMovementTotals } from '../../shared/api/kpiViews';
import { addDays } from '../dates';

export interface ArrContract {
  accountId: string;
  startDate: string;
  /** The first day the contract is no longer in force. */
  endDate: string;
  arr: number;
  status: string;
}

export type MovementKind = 'new' | 'reactivation' | 'expansion' | 'contraction' | 'churn' | 'none';

export interface AccountMovement {
  accountId: string;
  startArr: number;
  endArr: number;
  kind: MovementKind;
  /** The size of the movement (always ≥ 0). */
  amount: number;
}

export interface ArrMovements extends ArrMovementTotals {
  accounts: AccountMovement[];
}

const counts = (c: ArrContract) => c.status !== 'cancelled';

/** ARR in force on a day, per account. */
export function arrOn(contracts: ArrContract[], day: string): Map<string, number> {
  const arr = new Map<string, number>();
  for (const c of contracts)
    if (counts(c) && c.startDate <= day && day < c.endDate)
      arr.set(c.accountId, (arr.get(c.accountId) ?? 0) + c.arr);
  return arr;
}

export function arrMovements(contracts: ArrContract[], from: string, to: string): ArrMovements {
  const atStart = arrOn(contracts, addDays(from, -1));
  const atEnd = arrOn(contracts, addDays(to, -1));
  const hadBefore = new Set(
    contracts.filter((c) => counts(c) && c.startDate < from).map((c) => c.accountId),
  );
  const ids = [...new Set(contracts.map((c) => c.accountId))].sort();
  const result: ArrMovements = {
    startArr: 0,
    endArr: 0,
    new: 0,
    reactivation: 0,
    expansion: 0,
    contraction: 0,
    churn: 0,
    activeAtStart: 0,
    lost: 0,
    accounts: [],
  };
  for (const accountId of ids) {
    const startArr = atStart.get(accountId) ?? 0;
    const endArr = atEnd.get(accountId) ?? 0;
    let kind: MovementKind = 'none';
    let amount = 0;
    if (startArr > 0) {
      result.activeAtStart++;
      if (endArr === 0) {
        kind = 'churn';
        amount = startArr;
        result.lost++;
      } else if (endArr > startArr) {
        kind = 'expansion';
        amount = endArr - startArr;
      } else if (endArr < startArr) {
        kind = 'contraction';
        amount = startArr - endArr;
      }
    } else if (endArr > 0) {
      kind = hadBefore.has(accountId) ? 'reactivation' : 'new';
      amount = endArr;
    }
    if (kind !== 'none') result[kind] += amount;
    result.startArr += startArr;
    result.endArr += endArr;
    result.accounts.push({ accountId, startArr, endArr, kind, amount });
  }
  return result;
}
