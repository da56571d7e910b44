/**
 * Finds the header row of an imported table. Excel exports often start with title rows ("Account
 * report", "Generated 2026-11-01", a blank line) before the header, and taking a title for the
 * header would make every column unrecognisable.
 */

/** How many rows after a candidate header are compared with it. */
const LOOKAHEAD = 5;

const isFilled = (cell: string): boolean => cell.trim() !== '';

/**
 * Cells up to the last non-empty one: Excel pads every row to the sheet's used width with empty
 * cells, while a hand-written file does not, so only this width is comparable between files.
 */
function widthOf(row: readonly string[]): number {
  let w = row.length;
  while (w > 0 && !isFilled(row[w - 1]!)) w--;
  return w;
}

/** At least two cells and more than half of its width filled, as a header's column names are. */
function looksLikeHeader(row: readonly string[]): boolean {
  const filled = row.filter(isFilled).length;
  return filled >= 2 && filled * 2 > widthOf(row);
}

/**
 * Whether most of the (non-blank) rows after `at` are about as wide as it. A title row with two
 * cells ("Report", "2026-11-01") passes the header test on its own; the wider rows after it are
 * what gives it away. Data rows may leave some trailing cells empty, so a minority may differ.
 */
function followedBySameShape(rows: readonly (readonly string[])[], at: number): boolean {
  const width = widthOf(rows[at]!);
  const tolerance = Math.max(1, Math.floor(width / 4));
  let seen = 0;
  let alike = 0;
  for (let i = at + 1; i < rows.length && seen < LOOKAHEAD; i++) {
    const w = widthOf(rows[i]!);
    if (w === 0) continue;
    seen++;
    if (Math.abs(w - width) <= tolerance) alike++;
  }
  return alike * 2 >= seen;
}

/**
 * Index into `rows` (the first rows of a file, up to 30) of the header row. When `isKnownHeader`
 * is given (it receives trimmed cells), the first row with at least 2 known column names wins;
 * otherwise the first row that is mostly filled, has at least 2 filled cells and is followed by
 * rows of about its width. 0 when nothing better is found.
 */
export function findHeaderRow(
  rows: readonly string[][],
  isKnownHeader?: (cell: string) => boolean,
): number {
  if (isKnownHeader) {
    const known = rows.findIndex(
      (row) => row.filter((cell) => isFilled(cell) && isKnownHeader(cell.trim())).length >= 2,
    );
    if (known >= 0) return known;
  }
  const shaped = rows.findIndex((row, i) => looksLikeHeader(row) && followedBySameShape(rows, i));
  return Math.max(shaped, 0);
}
