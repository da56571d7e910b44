/**
 * Every workbook the app writes, read back as other programs read it: header cells bold in the
 * body font (name and size kept), a hidden sheet-local `_xlnm._FilterDatabase` name for each
 * autofilter (LibreOffice drops the filter without it), and a page set up to print landscape, one
 * page wide, with the header row on every page.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_ENTITIES } from '../../src/core/import/importEntities';
import { loadDemo } from '../../src/services/demo/demoService';
import { entityFile } from '../../src/services/import/entityExport';
import { forecastFile } from '../../src/services/renewals/forecastExportService';
import { forecastView } from '../../src/services/renewals/forecastService';
import { forecastQuery } from '../../src/shared/api/forecastInputs';
import { tempWorkspace } from './testWorkspace';

const ws = tempWorkspace();
beforeAll(() => loadDemo(ws, { accounts: 12, seed: 5, today: '2026-11-22' }));
afterAll(() => ws.cleanup());

async function workbooks(): Promise<{ what: string; bytes: Buffer }[]> {
  const view = forecastView(
    ws,
    forecastQuery.parse({ from: '2026-01-01', to: '2028-01-01', currency: 'USD' }),
  );
  const entities = await entityFile(ws, IMPORT_ENTITIES, 'xlsx', 'zh-CN');
  return [
    { what: 'forecast en', bytes: (await forecastFile(view, 'xlsx', 'en')).bytes },
    { what: 'forecast zh-CN', bytes: (await forecastFile(view, 'xlsx', 'zh-CN')).bytes },
    { what: 'entities', bytes: entities.bytes },
  ];
}

/** The row a sheet prints on every page, as the page setup names it (`6:6`). */
const headerRow = (sheet: ExcelJS.Worksheet) =>
  Number(/^(\d+):\1$/.exec(sheet.pageSetup.printTitlesRow ?? '')?.[1] ?? 0);

describe('workbooks as other programs open and print them', () => {
  it('names each autofilter for LibreOffice: hidden, local to its sheet, over the filtered range', async () => {
    for (const { what, bytes } of await workbooks()) {
      const zip = await JSZip.loadAsync(bytes);
      const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      const filtered = book.worksheets.filter((s) => s.autoFilter);
      expect(filtered.length, what).toBeGreaterThan(0);
      for (const sheet of filtered) {
        const index = book.worksheets.indexOf(sheet);
        // exceljs reads an autofilter back as its range, `A1:Z31`.
        const [from, to] = String(sheet.autoFilter).split(':');
        const absolute = (ref = '') => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
        const range = `${absolute(from)}:${absolute(to)}`;
        expect(range).toMatch(/^\$A\$1:\$[A-Z]+\$\d+$/);
        expect(workbookXml, `${what} ${sheet.name}`).toContain(
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">'${sheet.name}'!${range}</definedName>`,
        );
      }
    }
  });

  it('keeps the font of bold (header and title) cells: name and size, not bold alone', async () => {
    for (const { what, bytes } of await workbooks()) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      for (const sheet of book.worksheets) {
        const bold: ExcelJS.Cell[] = [];
        sheet.eachRow((row) => row.eachCell((cell) => cell.font?.bold && bold.push(cell)));
        expect(bold.length, `${what} ${sheet.name}`).toBeGreaterThan(1);
        for (const cell of bold) {
          expect(cell.font.name, `${what} ${sheet.name} ${cell.address}`).toBe('Calibri');
          expect(cell.font.size, `${what} ${sheet.name} ${cell.address}`).toBeGreaterThanOrEqual(
            11,
          );
        }
      }
    }
  });

  it('prints every sheet landscape, one page wide, with its header row on every page', async () => {
    for (const { what, bytes } of await workbooks()) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      for (const sheet of book.worksheets) {
        expect(sheet.pageSetup, `${what} ${sheet.name}`).toMatchObject({
          orientation: 'landscape',
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
        });
        expect(headerRow(sheet), `${what} ${sheet.name}`).toBeGreaterThan(0);
      }
    }
  });
});
