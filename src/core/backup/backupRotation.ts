/**
 * Which automatic backups to keep (DESIGN.md §12): the 7 newest days, and the newest backup of
 * each of the 4 newest weeks (weeks start on Monday) — a week kept among the days needs nothing
 * more. Anything else is removed. Dates are YYYY-MM-DD, one backup a day at most.
 */
import { toDayNumber } from '../dates';

export const DAILY_KEPT = 7;
export const WEEKLY_KEPT = 4;

/** The Monday-based week a day falls in, as the day number of its Monday. */
function weekOf(date: string): number {
  const day = toDayNumber(date);
  // Day 0 (1970-01-01) was a Thursday: shift so Monday is 0.
  return day - ((((day + 3) % 7) + 7) % 7);
}

export function backupsToKeep(dates: readonly string[]): Set<string> {
  const newest = [...new Set(dates)].sort().reverse();
  const keep = new Set(newest.slice(0, DAILY_KEPT));
  const weeks = new Set<number>();
  for (const date of newest) {
    const week = weekOf(date);
    if (weeks.has(week)) continue;
    if (weeks.size === WEEKLY_KEPT) break;
    weeks.add(week);
    keep.add(date);
  }
  return keep;
}
