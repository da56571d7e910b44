/**
 * A length of time in words, to the minute, in the reader's language through Intl: "1 day,
 * 2 hours" / "1天2小时", "45 minutes" / "45分钟". Two units at most: how far a clock is off
 * needs no more.
 */
import type { Lang } from './formatters';

const MINUTE = 60_000;

export function durationText(ms: number, lang: Lang): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / MINUTE));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts: [number, 'day' | 'hour' | 'minute'][] =
    days > 0
      ? [
          [days, 'day'],
          [hours, 'hour'],
        ]
      : hours > 0
        ? [
            [hours, 'hour'],
            [rest, 'minute'],
          ]
        : [[rest, 'minute']];
  const words = parts
    .filter(([n], i) => i === 0 || n > 0)
    .map(([n, unit]) =>
      new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(n),
    );
  return new Intl.ListFormat(lang, { type: 'unit', style: 'long' }).format(words);
}
