/**
 * Whether text is a real calendar day (`YYYY-MM-DD`) or a real instant as `toISOString` writes
 * it (`YYYY-MM-DDTHH:MM:SS.sssZ`): exactly the strings that round-trip through Date. Checked by
 * character codes, because sync checks every date and change id it receives, and a Date round
 * trip (or even a regular expression) costs ten times as much.
 */

/** The number written by the digits at [from, to), or -1 when one of them is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` at the start of text, a day that exists. */
function isDayAtStart(text: string): boolean {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isIsoDate(text: string): boolean {
  return text.length === 10 && isDayAtStart(text);
}

export function isIsoInstant(text: string): boolean {
  if (text.length !== 24 || !isDayAtStart(text)) return false;
  // T HH : MM : SS . sss Z
  if (text[10] !== 'T' || text[13] !== ':' || text[16] !== ':' || text[19] !== '.') return false;
  if (text[23] !== 'Z' || digits(text, 20, 23) < 0) return false;
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
}
