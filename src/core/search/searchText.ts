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
  const terms: string[] = [];
  const parts = input.split(CJK_RUN);
  const runs = input.match(CJK_RUN) ?? [];
  parts.forEach((part, i) => {
    for (const word of part.match(WORD) ?? []) terms.push(quote(word.toLowerCase()));
    const run = runs[i];
    if (run === undefined) return;
    const chars = Array.from(run);
    if (chars.length === 1) terms.push(`${quote(run)}*`);
    else terms.push(quote(bigrams(run).slice(0, -1).join(' ')));
  });
  if (terms.length === 0) return null;
  const last = terms.length - 1;
  const lastTerm = terms[last] ?? '';
  // A plain last word is matched as a prefix; a CJK phrase or single char already is exact/prefix.
  if (!lastTerm.endsWith('*') && !lastTerm.includes(' ')) terms[last] = `${lastTerm}*`;
  return terms.join(' AND ');
}
