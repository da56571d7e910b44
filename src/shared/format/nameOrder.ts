/**
 * The one order for people's and companies' names: the language's collation, so that in Chinese
 * 阿里 < 北京 < 重庆 < 大连 (pinyin order) and in English accents and case do not scatter names.
 * Code-point order (`.sort()`) puts Chinese names in an order no reader recognises.
 */
import type { Lang } from './formatters';

const collators = new Map<Lang, Intl.Collator>();

export function nameCollator(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang, { numeric: true })));
  return collator;
}

/** A comparer of names for Array.prototype.sort. */
export function compareNames(lang: Lang): (a: string, b: string) => number {
  return nameCollator(lang).compare;
}

/** The distinct non-empty names, in the language's order. */
export function sortedNames(names: Iterable<string>, lang: Lang): string[] {
  return [...new Set(names)].filter(Boolean).sort(compareNames(lang));
}
