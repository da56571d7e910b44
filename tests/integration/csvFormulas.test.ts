/**
 * A formula planted in an account name, its CSM or a call reason — which any teammate can sync
 * in — comes out of the real CLI's CSV export as text a spreadsheet shows and never runs, while
 * a contraction in a money column stays a negative number. The XLSX export writes the same text
 * as plain string cells: exceljs writes a formula only for a { formula } value, never for text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates';
import { columnTitle, RENEWAL_COLUMNS } from '../../src/export/forecastTable';
import { loadDemo } from '../../src/services/demo/demoService';
import { updateRecord } from '../../src/services/recordService';
import { updateRenewal } from '../../src/services/renewals/renewalCallService';
import { forecastView } from '../../src/services/renewals/forecastService';
import { openWorkspace } from '../../src/services/workspace';
import { forecastQuery } from '../../src/shared/api/forecastInputs';
import { minorDigitsOf } from '../../src/shared/domain/currencies';
import { outpost } from './cliProcess';
import { tempDir } from './testWorkspace';

const NAME = '=HYPERLINK(A1&B1,"Renew now")';
const OWNER = '@SUM(1+1)';
const REASON = '-5% discount asked; =1+1';
const CONTRACTION = -12_050;

const tmp = tempDir();
const db = join(tmp.dir, 'planted.db');
let window: string[] = [];
let planted = { accountId: '', currency: '' };

beforeAll(() => {
  const ws = openWorkspace(db);
  try {
    const today = ws.today();
    loadDemo(ws, { accounts: 25, seed: 6, today });
    const from = addDays(today, -30);
    const to = addDays(today, 365);
    window = ['--from', from, '--to', to];
    const row = forecastView(ws, forecastQuery.parse({ from, to })).rows.find(
      (r) => r.outcome === 'open' && r.targetArrMinor > -CONTRACTION,
    );
    if (!row) throw new Error('the demo portfolio has no open renewal in the window');
    updateRecord(ws, 'accounts', row.accountId, { name: NAME, owner: OWNER });
    updateRenewal(ws, {
      contractId: row.contractId,
      expectedChangeMinor: CONTRACTION,
      callReason: REASON,
    });
    planted = { accountId: row.accountId, currency: row.currency };
  } finally {
    ws.close();
  }
}, 60_000);
afterAll(() => tmp.cleanup());

describe('formulas planted in records', () => {
  it('are written to CSV as text with a leading apostrophe; a contraction stays a number', async () => {
    const file = join(tmp.dir, 'renewals.csv');
    const result = await outpost([
      '--db',
      db,
      'forecast',
      ...window,
      '--format',
      'csv',
      '--out',
      file,
    ]);
    expect(result.code, result.err).toBe(0);
    const records = parse(readFileSync(file, 'utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const row = records.find((r) => r['Account ID'] === planted.accountId);
    expect(row).toBeDefined();
    expect(row!['Account']).toBe(`'${NAME}`);
    expect(row!['CSM']).toBe(`'${OWNER}`);
    expect(row!['Call reason']).toBe(`'${REASON}`);
    const digits = minorDigitsOf(planted.currency);
    expect(row!['Expected change']).toBe((CONTRACTION / 10 ** digits).toFixed(digits));
    // No text cell of the file begins with a formula character; number cells are numerals.
    for (const column of RENEWAL_COLUMNS) {
      const title = columnTitle('en', column);
      for (const r of records) {
        const cell = r[title] ?? '';
        if (column.kind === 'text') expect(cell, title).not.toMatch(/^[=+\-@\t\r\n]/);
        else if (column.kind !== 'date' && cell !== '')
          expect(cell, title).toMatch(/^-?\d+(\.\d+)?%?$/);
      }
    }
  }, 120_000);

  it('are plain string cells in XLSX, never formulas', async () => {
    const file = join(tmp.dir, 'renewals.xlsx');
    const result = await outpost([
      '--db',
      db,
      'forecast',
      ...window,
      '--format',
      'xlsx',
      '--out',
      file,
    ]);
    expect(result.code, result.err).toBe(0);
    const bytes = readFileSync(file);
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBe(2);
    for (const name of sheets) expect(await zip.file(name)!.async('string')).not.toContain('<f>');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Renewals')!;
    const titles = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (title: string) => titles.indexOf(title) + 1;
    let found = 0;
    sheet.eachRow((line) => {
      if (line.getCell(col('Account ID')).value !== planted.accountId) return;
      found++;
      const name = line.getCell(col('Account'));
      expect(name.type).toBe(ExcelJS.ValueType.String);
      expect(name.value).toBe(NAME);
      expect(line.getCell(col('CSM')).value).toBe(OWNER);
      expect(line.getCell(col('Expected change')).value).toBe(
        CONTRACTION / 10 ** minorDigitsOf(planted.currency),
      );
    });
    expect(found).toBeGreaterThan(0);
  }, 120_000);
});
