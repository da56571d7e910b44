/**
 * CSV as Excel opens it correctly in any language: UTF-8 with a byte-order mark, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break (RFC 4180).
 */
export type CsvCell = string | number | null;

const quote = (cell: CsvCell): string => {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function csvText(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
