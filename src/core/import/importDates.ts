/**
 * Dates as spreadsheets and CRMs write them: `2026-11-01`, `2026/11/1`, `2026年11月1日`, a time
 * after the day, and the day-month orders `11/01/2026` (US) and `01/11/2026` (most of the world).
 * Which of the last two a column uses is decided from the whole column — a cell with a first
 * part above 12 proves day first — and when nothing proves it the user is asked; a cell alone is
 * never guessed.
 */
import { isIsoDate } from '../../shared/domain/isoTimes';

export type DateOrder = 'dmy' | 'mdy';
export type DateProblem = 'invalidDate' | 'ambiguousDate';
export type DateParse = { ok: true; date: string } | { ok: false; problem: DateProblem };

const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/u;
const YEAR_LAST = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})(?:[ T].*)?$/u;

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | null {
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isIsoDate(date) ? date : null;
}

const fullYear = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

/** What a day-month-year cell says about its column's order: nothing, day first or month first. */
export function dateOrderEvidence(text: string): DateOrder | 'either' | null {
  const m = YEAR_LAST.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  // Dots are the day-first notation (1.11.2026) wherever they are written.
  if (m[2] === '.') return 'dmy';
  const first = Number(m[1]);
  const second = Number(m[3]);
  if (first > 12 && second <= 12) return 'dmy';
  if (second > 12 && first <= 12) return 'mdy';
  return first <= 12 && second <= 12 && first !== second ? 'either' : null;
}

/** The order a column's cells prove, 'conflict' when they prove both, null when none proves one. */
export function columnDateOrder(
  evidence: Iterable<DateOrder | 'either' | null>,
): DateOrder | 'conflict' | null {
  let dmy = false;
  let mdy = false;
  for (const e of evidence) {
    if (e === 'dmy') dmy = true;
    else if (e === 'mdy') mdy = true;
  }
  if (dmy && mdy) return 'conflict';
  return dmy ? 'dmy' : mdy ? 'mdy' : null;
}

/** Reads one cell as an ISO date; `order` is the column's day-month order when it has one. */
export function parseImportDate(raw: string, order: DateOrder | null): DateParse {
  const text = raw.normalize('NFKC').trim();
  const y = YEAR_FIRST.exec(text);
  if (y) {
    const date = isoOf(Number(y[1]), Number(y[2]), Number(y[3]));
    return date ? { ok: true, date } : { ok: false, problem: 'invalidDate' };
  }
  const d = YEAR_LAST.exec(text);
  if (!d) return { ok: false, problem: 'invalidDate' };
  const first = Number(d[1]);
  const second = Number(d[3]);
  const year = fullYear(d[4] ?? '');
  const dotted = d[2] === '.';
  const effective = dotted ? 'dmy' : order;
  if (!effective) {
    if (first === second) {
      const date = isoOf(year, first, second);
      return date ? { ok: true, date } : { ok: false, problem: 'invalidDate' };
    }
    if (first <= 12 && second <= 12) return { ok: false, problem: 'ambiguousDate' };
  }
  const dayFirst = effective ? effective === 'dmy' : first > 12;
  const date = dayFirst ? isoOf(year, second, first) : isoOf(year, first, second);
  return date ? { ok: true, date } : { ok: false, problem: 'invalidDate' };
}
