/**
 * CSV as Excel opens it correctly in any language: UTF-8 with a byte-order mark, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break (RFC 4180). Text that a spreadsheet
 * would take for a formula (it starts with =, +, -, @, a tab, CR, LF or NUL) is written with a
 * leading apostrophe (the OWASP convention), so a name a teammate typed can never run as one;
 * numbers are cells of their own kind and are written as they are.
 */

/** A number cell: made only from a number (CsvNumber.of), so its text is always a numeral. */
export class CsvNumber {
  private constructor(readonly text: string) {}

  /** `digits` fixes the decimals (money in its currency's minor digits); `%` marks a percentage. */
  static of(value: number, digits?: number, suffix: '' | '%' = ''): CsvNumber {
    return new CsvNumber(
      `${digits === undefined ? String(value) : value.toFixed(digits)}${suffix}`,
    );
  }
}

export type CsvCell = string | number | CsvNumber | null;

const FORMULA_START = /^[=+\-@\t\r\n\0]/;

/** Text as a spreadsheet shows it, never as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const quote = (text: string): string =>
  /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (cell instanceof CsvNumber) return cell.text;
  return quote(neutraliseFormula(cell));
}

export function csvText(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
