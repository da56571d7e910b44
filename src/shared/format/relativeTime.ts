/**
 * "How long ago" in the reader's language through Intl.RelativeTimeFormat with numeric 'auto':
 * "now", "5 minutes ago", "yesterday" / "现在", "5分钟前", "昨天" — never "0 days ago" / "0 天前".
 * Whole days count calendar days in the reader's time zone, so 23:50 yesterday is "yesterday".
 */
import type { Lang } from './formatters';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formats = new Map<Lang, Intl.RelativeTimeFormat>();
function formatOf(lang: Lang): Intl.RelativeTimeFormat {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })));
  return f;
}

/** A signed number of days from today: 0 "today", -1 "yesterday", 3 "in 3 days". */
export function relativeDays(lang: Lang, days: number): string {
  return formatOf(lang).format(Math.round(days), 'day');
}

/** Local midnight of a moment, in milliseconds. */
function dayStart(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A moment against `nowMs`: seconds read "now", then minutes and hours within the last day,
 * then calendar days ("yesterday", "3 days ago"). Moments slightly ahead (clock skew) read "now".
 * A date alone (YYYY-MM-DD) reads in calendar days: "today", "yesterday", "in 2 days".
 */
export function relativeTime(lang: Lang, iso: string, nowMs: number): string {
  const date = DATE_ONLY.exec(iso);
  if (date) {
    const day = new Date(Number(date[1]), Number(date[2]) - 1, Number(date[3])).getTime();
    return relativeDays(lang, Math.round((day - dayStart(nowMs)) / DAY));
  }
  const at = Date.parse(iso);
  const elapsed = nowMs - at;
  const format = formatOf(lang);
  if (elapsed < MINUTE) return format.format(0, 'second');
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY && dayStart(at) === dayStart(nowMs))
    return format.format(-Math.floor(elapsed / HOUR), 'hour');
  return relativeDays(lang, -Math.round((dayStart(nowMs) - dayStart(at)) / DAY));
}
