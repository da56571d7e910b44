/**
 * Import entities as an Excel workbook, one sheet per entity named in the user's language
 * (`Accounts`/`客户` …), in the columns the import reads (see entityColumns): a frozen header with
 * filters, days as date cells, amounts as numbers in their currency's decimals beside the
 * currency column, yes/no as words. Text is written as text cells, which Excel never runs. Each
 * sheet prints landscape, one page wide, with the header row on every page.
 */
import ExcelJS from 'exceljs';
import type { EntityCell, EntityColumn, EntityTable } from '../core/import/entityColumns';
import { entitySheetName } from '../core/import/sheetNames';
import { minorDigitsOf, toMajor } from '../shared/domain/currencies';
import type { ExportLang } from './exportLabels';
import { boldRow, printSetup } from './sheetSetup';
import { withFilterNames } from './xlsxFilterNames';

const DATE = 'yyyy-mm-dd';

function xlsxValue(cell: EntityCell): ExcelJS.CellValue {
  // Yes/no as words, as in the CSV: spreadsheets show a boolean cell as TRUE/FALSE or 1/0.
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  if (cell === null || typeof cell !== 'object') return cell;
  if ('date' in cell) return new Date(`${cell.date}T00:00:00Z`);
  return toMajor(cell.minor, cell.currency);
}

function xlsxFormat(cell: EntityCell): string | undefined {
  if (cell === null || typeof cell !== 'object') return undefined;
  if ('date' in cell) return DATE;
  const digits = minorDigitsOf(cell.currency);
  return `#,##0${digits ? `.${'0'.repeat(digits)}` : ''}`;
}

function widthOf(column: EntityColumn): number {
  if (column.kind === 'date') return 12;
  if (/^(notes|comment|summary|nextSteps|subject|title)$/.test(column.field)) return 40;
  return Math.max(12, column.header.length + 2);
}

function addSheet(book: ExcelJS.Workbook, table: EntityTable, lang: ExportLang): void {
  const sheet = book.addWorksheet(entitySheetName(table.entity, lang), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.field, width: widthOf(c) }));
  boldRow(sheet.getRow(1));
  printSetup(sheet, 1);
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map(xlsxValue));
    cells.forEach((cell, i) => {
      const format = xlsxFormat(cell);
      if (format) row.getCell(i + 1).numFmt = format;
    });
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
  };
}

export async function entityXlsx(
  tables: readonly EntityTable[],
  lang: ExportLang,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Outpost';
  for (const table of tables) addSheet(book, table, lang);
  return withFilterNames(new Uint8Array(await book.xlsx.writeBuffer()));
}
