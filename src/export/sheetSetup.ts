/**
 * What every sheet the app writes needs to look right when opened or printed elsewhere: header
 * cells bold in the workbook's own font (setting `font` in exceljs replaces the whole font), and a
 * page set up to print landscape, one page wide, with the header row on every page.
 */
import type ExcelJS from 'exceljs';

/** The workbook's body font (exceljs' and Excel's default); a styled cell keeps it. */
export const BODY_FONT = { name: 'Calibri', size: 11, family: 2 } as const;

/** The cell's font with `extra` on top, keeping name and size. */
export function withFont(cell: ExcelJS.Cell, extra: Partial<ExcelJS.Font>): void {
  cell.font = { ...BODY_FONT, ...cell.font, ...extra };
}

/** Makes every filled cell of the row bold in its own font. */
export function boldRow(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: false }, (cell) => withFont(cell, { bold: true }));
}

/** Landscape, fit to one page wide and as many tall as it takes, `headerRow` on every page. */
export function printSetup(sheet: ExcelJS.Worksheet, headerRow: number): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
}
