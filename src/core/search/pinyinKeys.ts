/**
 * Pinyin search keys for Chinese names, so that `beijing`, `bjyf` or `yunfan` find
 * 北京云帆科技有限公司. Every run of Han characters gives, from each of its characters on, the
 * whole pinyin and the initials joined into one word (北京云帆 → beijingyunfan bjyf jingyunfan jyf
 * …): a prefix query then matches from the start of any character, the way bigrams do for hanzi.
 * Computed once when a record is written (the search index stores them), never at query time.
 */
import { pinyin } from 'pinyin-pro';

const HAN_RUN = /\p{Script=Han}+/gu;
/** Long runs (a whole sentence) would add many long keys; names are far shorter. */
const MAX_RUN = 16;

/** The pinyin syllables of a run of Han characters, one per character, lower case, no tones. */
export function syllablesOf(run: string): string[] {
  return pinyin(run, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
}

/** The search keys of a text (space-separated words), '' when it has no Han characters. */
export function pinyinKeys(text: string | null | undefined): string {
  if (!text) return '';
  const keys = new Set<string>();
  for (const [run] of text.matchAll(HAN_RUN)) {
    const syllables = syllablesOf(Array.from(run).slice(0, MAX_RUN).join(''));
    for (let i = 0; i < syllables.length; i++) {
      const rest = syllables.slice(i);
      keys.add(rest.join(''));
      keys.add(rest.map((s) => s[0] ?? '').join(''));
    }
  }
  return [...keys].join(' ');
}
