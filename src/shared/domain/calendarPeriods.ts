/**
 * Months and quarters of ISO dates as plain text arithmetic, for every layer (the renderer's
 * window pickers and the core's roll-ups agree on what "next quarter" is).
 */
export type PeriodUnit = 'month' | 'quarter';

const parts = (day: string) => ({ y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)) });
const firstOf = (y: number, m: number) => {
  const year = y + Math.floor((m - 1) / 12);
  const month = ((((m - 1) % 12) + 12) % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
};

export function monthStart(day: string): string {
  const { y, m } = parts(day);
  return firstOf(y, m);
}

export function quarterStart(day: string): string {
  const { y, m } = parts(day);
  return firstOf(y, m - ((m - 1) % 3));
}

/** The first of the month `months` after the month of `start`. */
export function addMonthsToStart(start: string, months: number): string {
  const { y, m } = parts(start);
  return firstOf(y, m + months);
}

/** The quarter containing `day`, shifted by `offset` quarters, as [from, to). */
export function quarterOf(day: string, offset = 0): { from: string; to: string } {
  const from = addMonthsToStart(quarterStart(day), offset * 3);
  return { from, to: addMonthsToStart(from, 3) };
}

/** "2026-07" for a month, "2026-Q3" for a quarter. */
export function periodKey(day: string, unit: PeriodUnit): string {
  const { y, m } = parts(day);
  const year = String(y).padStart(4, '0');
  return unit === 'month'
    ? `${year}-${String(m).padStart(2, '0')}`
    : `${year}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** The months (or quarters) that [from, to) touches, each clipped to the period. */
export function periodBuckets(
  from: string,
  to: string,
  unit: PeriodUnit,
): { key: string; from: string; to: string }[] {
  const step = unit === 'month' ? 1 : 3;
  const buckets: { key: string; from: string; to: string }[] = [];
  let start = unit === 'month' ? monthStart(from) : quarterStart(from);
  while (start < to) {
    const end = addMonthsToStart(start, step);
    buckets.push({
      key: periodKey(start, unit),
      from: start < from ? from : start,
      to: end > to ? to : end,
    });
    start = end;
  }
  return buckets;
}
