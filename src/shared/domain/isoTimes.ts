/**
 * Whether text is a real calendar day (`YYYY-MM-DD`) or a real instant as `toISOString` writes
 * it (`YYYY-MM-DDTHH:MM:SS.sssZ`): exactly the strings that round-trip through Date, checked by
 * arithmetic because sync checks every date and change id it receives (Date is ten times slower).
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{3}Z$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isDay(year: string, month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(year), m);
}

export function isIsoDate(text: string): boolean {
  const match = DATE.exec(text);
  return match !== null && isDay(match[1] ?? '', match[2] ?? '', match[3] ?? '');
}

export function isIsoInstant(text: string): boolean {
  const match = INSTANT.exec(text);
  if (!match) return false;
  const [, year = '', month = '', day = '', hour = '', minute = '', second = ''] = match;
  return isDay(year, month, day) && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60;
}
