/**
 * The KPI set of one currency over a period (DESIGN.md §3): ARR movements from the contract
 * history, the retention rates they give, renewal rates of the renewals due and LTV — each with
 * the inputs it was computed from, so every number can show its working.
 */
import { monthsBetween } from '../periods';
import { arrMovements, type ArrContract, type ArrMovements } from './arrMovements';
import {
  ltvBreakdown,
  renewalRates,
  retention,
  type DueRenewal,
  type LtvBreakdown,
  type RenewalRates,
  type RetentionMetrics,
} from './customerMetrics';

export interface KpiFigures {
  movements: ArrMovements;
  retention: RetentionMetrics;
  renewals: RenewalRates;
  ltv: LtvBreakdown;
}

export function kpiFigures(
  contracts: ArrContract[],
  due: DueRenewal[],
  from: string,
  to: string,
  grossMargin: number,
): KpiFigures {
  const movements = arrMovements(contracts, from, to);
  return {
    movements,
    retention: retention(movements),
    renewals: renewalRates(due),
    ltv: ltvBreakdown(movements, monthsBetween(from, to), grossMargin),
  };
}
