/**
 * Calendar periods on ISO dates: months and quarters (shared with every layer) and weeks, always
 * closed-open [from, to) as DESIGN.md §3 defines periods.
 */
import { addDays, toDayNumber } from './dates';

export {
  addMonthsToStart,
  monthStart,
  periodBuckets,
  periodKey,
  quarterOf,
  quarterStart,
  type PeriodUnit,
} from '../shared/domain/calendarPeriods';

/** The Monday of the ISO week containing `day`. */
export function weekStart(day: string): string {
  // Day number 0 (1970-01-01) was a Thursday.
  const weekday = (((toDayNumber(day) + 3) % 7) + 7) % 7;
  return addDays(day, -weekday);
}

/** Months in [from, to), fractional, for rates per month (LTV). */
export function monthsBetween(from: string, to: string): number {
  return (toDayNumber(to) - toDayNumber(from)) / (365.25 / 12);
}
