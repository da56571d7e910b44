/**
 * One worksheet as the CSV text an import reads (UTF-8 with a BOM, one record per sheet row, title
 * rows and all), so a sheet goes through the same detection, mapping and checks as a CSV file.
 * Each cell becomes the text it shows: days as YYYY-MM-DD, numbers plain (as Excel keeps them, to
 * 15 digits), rich text and links as their text, formulas as their last calculated value, errors
 * as nothing. A text cell that a CSV would take for a formula is marked as text with a leading
 * apostrophe, which the import takes off. Rows keep their sheet row numbers in what is reported.
 */
import ExcelJS from 'exceljs';
import { looksLikeFormula } from '../../core/import/cellValues';

export interface SheetCsv {
  bytes: Uint8Array;
  /** The sheet row that starts on a CSV line (they differ after a cell with line breaks). */
  rowOfLine(line: number): number;
}

function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const rounded = Number(n.toPrecision(15));
  const text = String(rounded);
  return /e/i.test(text)
    ? rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : text;
}

const isoDay = (d: Date) => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10));

const markText = (text: string) => (looksLikeFormula(text.trimEnd()) ? `'${text}` : text);

/** The text of a cell's value, as the sheet shows it. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return markText(value);
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoDay(value);
  if ('richText' in value) return markText(value.richText.map((r) => r.text).join(''));
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  return '';
}

const quote = (text: string) => (/[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function sheetCsv(sheet: ExcelJS.Worksheet): SheetCsv {
  const rows: string[][] = [];
  let width = 0;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: string[] = [];
    sheet.findRow(r)?.eachCell((cell, col) => {
      // A range merged across columns (a title) is one cell; merged down a column (an account
      // over its contacts) it is the value of each row.
      if (
        cell.type === ExcelJS.ValueType.Merge &&
        cell.master.fullAddress.col !== cell.fullAddress.col
      )
        return;
      const text = cellText(cell.value);
      if (text !== '') cells[col - 1] = text;
    });
    width = Math.max(width, cells.length);
    rows.push(cells);
  }
  const rowAt = new Map<number, number>();
  let line = 1;
  const lines = rows.map((cells, i) => {
    if (line !== i + 1) rowAt.set(line, i + 1);
    // Every row as wide as the widest, so the comma is seen as the delimiter.
    const text =
      cells.length === 0
        ? ''
        : Array.from({ length: width }, (_, c) => quote(cells[c] ?? '')).join(',');
    line += 1 + (text.match(/\r\n|\r|\n/g)?.length ?? 0);
    return text;
  });
  return {
    bytes: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8'),
    rowOfLine: (l) => rowAt.get(l) ?? l,
  };
}
