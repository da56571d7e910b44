/**
 * Every English message whose noun depends on a number has plural forms (`<key>.one` /
 * `<key>.other`, used through i18n.plural): no "1 accounts", "alert(s)", "in 1 days".
 */
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zhCN';

/** Placeholders that hold words, dates or money, never a bare count. */
const TEXT_PLACEHOLDERS = new Set([
  'account',
  'alert',
  'amount',
  'band',
  'currency',
  'date',
  'duration',
  'name',
  'noun',
  'server',
  'text',
  'title',
  'url',
  'version',
  'what',
  'when',
]);

/** Words ending in s that are not plural nouns. */
const NOT_PLURAL = new Set(['as', 'has', 'is', 'its', 'less', 'plus', 'this', 'us', 'was']);

/**
 * Messages allowed a number before a plural noun, each for a reason that keeps the number above 1.
 */
const EXCEPTIONS: Record<string, string> = {
  // Shown only when more problems were found than listed, so {count} > {shown} >= 1.
  'import.issuesMore': 'count >= 2',
  // Calibrated only from 20 closed renewals of a band (DESIGN.md §6).
  'renewals.systemCalibrated': 'closed >= 20',
};

/** `{n} word`, `{n} word word` or `{n} word word word` where the last word is a plural noun. */
const NUMBER_BEFORE_NOUN = /\{(\w+)\}((?:\s+[A-Za-z0-9-]+){1,3})/g;

export function numberBeforePluralNoun(text: string): string | null {
  for (const match of text.matchAll(NUMBER_BEFORE_NOUN)) {
    const [whole, name = '', tail = ''] = match;
    if (TEXT_PLACEHOLDERS.has(name)) continue;
    const words = tail.trim().split(/\s+/);
    for (const word of words) {
      const lower = word.toLowerCase();
      // "{done} of {total} …", "{delta} vs 30 days": the noun after counts something else.
      if (lower === 'of' || lower === 'vs' || /\d/.test(lower)) break;
      if (!NOT_PLURAL.has(lower) && /^[a-z]{2,}s$/.test(lower) && !lower.endsWith('ss'))
        return whole;
    }
  }
  return null;
}

export function withoutPluralForms(dictionary: Record<string, string>): string[] {
  const bad: string[] = [];
  for (const [key, text] of Object.entries(dictionary)) {
    if (/\.(one|other)$/.test(key) || key in EXCEPTIONS) continue;
    if (/\((s|es|ies)\)/.test(text)) bad.push(`${key}: ${text}`);
    else {
      const hit = numberBeforePluralNoun(text);
      if (hit) bad.push(`${key}: ${hit}`);
    }
  }
  return bad;
}

describe('plural messages', () => {
  it('finds what it is meant to find, and not more', () => {
    expect(withoutPluralForms({ a: '{count} open alert(s)' })).toHaveLength(1);
    expect(withoutPluralForms({ a: 'in {days} days' })).toHaveLength(1);
    expect(withoutPluralForms({ a: '{count} open expansion opportunities' })).toHaveLength(1);
    expect(withoutPluralForms({ a: '{shown} of {total} renewals' })).toHaveLength(1);
    expect(withoutPluralForms({ a: 'Show all {count}' })).toEqual([]);
    expect(withoutPluralForms({ a: '{count} held back' })).toEqual([]);
    expect(withoutPluralForms({ a: '{name} has left' })).toEqual([]);
    expect(withoutPluralForms({ a: '{delta} vs 30 days ago' })).toEqual([]);
    expect(withoutPluralForms({ a: '{stars} of 5 stars' })).toEqual([]);
    expect(withoutPluralForms({ a: '{done} of {count} milestones' })).toHaveLength(1);
    expect(
      withoutPluralForms({ 'a.one': '{count} account', 'a.other': '{count} accounts' }),
    ).toEqual([]);
  });

  it('gives every English message with a counted noun plural forms', () => {
    expect(withoutPluralForms(en)).toEqual([]);
  });

  it('gives every plural message both English forms and its Chinese form', () => {
    const keys = Object.keys(en);
    // `enum.other` is the label of the value "other", not a plural form: stems start at `.one`.
    const stems = keys.filter((k) => k.endsWith('.one')).map((k) => k.slice(0, -'.one'.length));
    expect(stems.length).toBeGreaterThan(40);
    for (const stem of stems)
      for (const form of ['one', 'other']) {
        const key = `${stem}.${form}` as keyof typeof en;
        expect(keys, key).toContain(key);
        // The `{count}` placeholder is where the formatted number goes, in both languages.
        expect(en[key], key).toContain('{count}');
        expect(zhCN[key], key).toContain('{count}');
      }
  });
});
