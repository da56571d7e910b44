/**
 * Where a query matches a text, for highlighting: each query word found as it is (any case), and
 * a latin word matched against the pinyin of Han characters — whole syllables or initials, the
 * last syllable possibly cut short — so `bjyf` and `beijing` mark 北京云帆 in 北京云帆科技.
 */
import { syllablesOf } from './pinyinKeys';

/** [start, end) in UTF-16 units of the text, sorted, not overlapping. */
export type MatchRange = [number, number];

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[a-z]+$/;

/** How many Han characters from `from` the pinyin of `word` covers, or 0. */
function pinyinSpan(word: string, syllables: string[], from: number): number {
  const walk = (pos: number, at: number): number => {
    if (pos === word.length) return at - from;
    const s = syllables[at];
    if (s === undefined) return 0;
    const rest = word.slice(pos);
    if (s.startsWith(rest)) return at + 1 - from; // the last syllable, perhaps cut short
    if (rest.startsWith(s)) {
      const whole = walk(pos + s.length, at + 1);
      if (whole > 0) return whole;
    }
    return rest[0] === s[0] ? walk(pos + 1, at + 1) : 0;
  };
  return walk(0, from);
}

function merge(ranges: MatchRange[]): MatchRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: MatchRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export function matchRanges(text: string, query: string): MatchRange[] {
  const words = query
    .toLowerCase()
    .split(/[\s"*]+/u)
    .filter(Boolean);
  if (!text || words.length === 0) return [];
  const lower = text.toLowerCase();
  const ranges: MatchRange[] = [];
  for (const word of words) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length))
      ranges.push([at, at + word.length]);
  }
  const latin = words.filter((w) => LATIN_WORD.test(w));
  if (latin.length > 0 && HAN.test(text)) {
    // Han characters with their offsets, split into runs of consecutive ones.
    const chars = Array.from(text);
    const offsets: number[] = [];
    let offset = 0;
    for (const c of chars) {
      offsets.push(offset);
      offset += c.length;
    }
    offsets.push(offset);
    let i = 0;
    while (i < chars.length) {
      if (!HAN.test(chars[i] ?? '')) {
        i++;
        continue;
      }
      let end = i;
      while (end < chars.length && HAN.test(chars[end] ?? '')) end++;
      const syllables = syllablesOf(chars.slice(i, end).join(''));
      for (let from = 0; from < syllables.length; from++) {
        for (const word of latin) {
          const span = pinyinSpan(word, syllables, from);
          if (span > 0) ranges.push([offsets[i + from] ?? 0, offsets[i + from + span] ?? 0]);
        }
      }
      i = end;
    }
  }
  return merge(ranges);
}
