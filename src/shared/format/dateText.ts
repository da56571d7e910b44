/**
 * Dates as people type them, read back to ISO `YYYY-MM-DD`: `2026-12-07`, `2026/12/7`,
 * `2026年12月7日` and `Dec 7, 2026` (or `7 December 2026`) in either language, since a Chinese
 * user pastes English dates and everyone types ISO. Numeric day-first or month-first forms are
 * refused: `03/04/2026` means two different days to two readers.
 *
 * `typing` is stricter: it accepts only text nothing more could be typed into (two-digit month
 * and day, a closing 日, a four-digit year last), so a field can act the moment a date is
 * whole and never on `2026-01-1` on the way to `2026-01-15`. `done` (blur, Enter) takes any form.
 */
export type DateTextMode = 'typing' | 'done';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const NUMERIC = /^([1-9]\d{3})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const CHINESE = /^([1-9]\d{3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*([日号])?$/;
const MONTH_FIRST = /^([a-z]{3,9})\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+([1-9]\d{3})$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+([1-9]\d{3})$/;

/** 1–12 for an English month name or its abbreviation ("Sep", "Sept"), else 0. */
function monthNumber(word: string): number {
  return MONTHS.findIndex((m) => word.length >= 3 && m.startsWith(word)) + 1;
}

function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}`;
}

/** The ISO day `text` names, or null when it names none (or none yet, when `typing`). */
export function parseDateText(text: string, mode: DateTextMode = 'done'): string | null {
  // NFKC turns full-width digits and punctuation (２０２６－１２－０７) into ASCII.
  const s = text.normalize('NFKC').trim().toLowerCase();
  const typing = mode === 'typing';
  let match: RegExpExecArray | null;
  const group = (i: number) => match?.[i] ?? '';
  if ((match = NUMERIC.exec(s))) {
    if (typing && (group(3).length < 2 || group(4).length < 2)) return null;
    return isoOf(Number(group(1)), Number(group(3)), Number(group(4)));
  }
  if ((match = CHINESE.exec(s))) {
    if (typing && !group(4)) return null;
    return isoOf(Number(group(1)), Number(group(2)), Number(group(3)));
  }
  if ((match = MONTH_FIRST.exec(s)))
    return isoOf(Number(group(3)), monthNumber(group(1)), Number(group(2)));
  if ((match = DAY_FIRST.exec(s)))
    return isoOf(Number(group(3)), monthNumber(group(2)), Number(group(1)));
  return null;
}
