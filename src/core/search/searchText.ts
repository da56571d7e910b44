/**
 * Text preparation for SQLite FTS5 so that Chinese (and Japanese, Korean) text is searchable.
 * FTS5's unicode61 tokenizer sees a run of Han characters as one token, so 续约 would not find
 * 客户续约率. We index every CJK run as overlapping bigrams plus its last character
 * (客户续约率 → 客户 户续 续约 约率 率), and turn a query into the same bigrams as a phrase.
 * Every character starts some token, so a one-character query works as a prefix.
 */

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  const tokens: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
  const last = chars.at(-1);
  if (last !== undefined) tokens.push(last);
  return tokens;
}

/** The form of a text that goes into the full-text index. */
export function searchText(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(CJK_RUN, (run) => ` ${bigrams(run).join(' ')} `);
}

function quote(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

/**
 * An FTS5 MATCH expression for what a person typed: every word must match, the last one as a
 * prefix (search as you type). Returns null when the query has nothing searchable.
 */
export function searchQuery(input: string): string | null {
  const terms: { text: string; word: boolean }[] = [];
  const parts = input.split(CJK_RUN);
  const runs = input.match(CJK_RUN) ?? [];
  parts.forEach((part, i) => {
    for (const word of part.match(WORD) ?? [])
      terms.push({ text: quote(word.toLowerCase()), word: true });
    const run = runs[i];
    if (run === undefined) return;
    // One character is every token that starts with it; longer runs are a phrase of bigrams.
    if (Array.from(run).length === 1) terms.push({ text: `${quote(run)}*`, word: false });
    else terms.push({ text: quote(bigrams(run).slice(0, -1).join(' ')), word: false });
  });
  const last = terms.at(-1);
  if (!last) return null;
  // The last plain word is still being typed: match it as a prefix.
  if (last.word) last.text = `${last.text}*`;
  return terms.map((t) => t.text).join(' AND ');
}
