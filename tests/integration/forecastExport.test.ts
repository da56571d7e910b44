/**
 * The exports read back: the XLSX (read with exceljs) holds exactly the roll-ups and rows of the
 * forecast JSON, with a frozen header, filters and money and percentage formats; the CSV starts
 * with a byte-order mark and round-trips through a CSV parser with Chinese names intact.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/services/demo/demoService';
import { forecastFile } from '../../src/services/renewals/forecastExportService';
import { forecastView } from '../../src/services/renewals/forecastService';
import { forecastQuery } from '../../src/shared/api/forecastInputs';
import type { ForecastView } from '../../src/shared/api/forecastViews';
import { toMajor } from '../../src/shared/domain/currencies';
import { SUMMARY_ROWS } from '../../src/export/forecastXlsx';
import { tempWorkspace } from './testWorkspace';

const ws = tempWorkspace();
let view: ForecastView;
beforeAll(() => {
  loadDemo(ws, { accounts: 60, seed: 3, today: '2026-11-22' });
  view = forecastView(
    ws,
    forecastQuery.parse({ from: '2026-10-01', to: '2027-01-01', currency: 'USD' }),
  );
});
afterAll(() => ws.cleanup());

const cellValue = (v: ExcelJS.CellValue) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined ? null : v;

describe('the XLSX export', () => {
  it('has a Summary sheet with the roll-ups, reporting currency first, then each currency', async () => {
    expect(view.rows.length).toBeGreaterThan(10);
    expect(view.totals.byCurrency.length).toBeGreaterThan(1);
    const file = await forecastFile(view, 'xlsx', 'en');
    expect(file.fileName).toBe('renewals-2026-10-01-to-2026-12-31.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Renewals']);
    const summary = book.getWorksheet('Summary')!;
    const header = summary.getRow(6);
    const columns = [view.totals.reporting!, ...view.totals.byCurrency];
    expect(header.values).toEqual([
      undefined,
      'Metric',
      'USD (all, converted)',
      ...view.totals.byCurrency.map((c) => c.currency),
    ]);
    SUMMARY_ROWS.forEach((metric, i) => {
      const line = summary.getRow(7 + i);
      columns.forEach((c, j) => {
        const value = c.totals[metric.key] as number | null;
        const expected =
          value === null ? null : metric.kind === 'money' ? toMajor(value, c.currency) : value;
        expect(cellValue(line.getCell(2 + j).value), `${metric.key} ${c.currency}`).toBe(expected);
      });
      if (metric.kind === 'money') expect(line.getCell(3).numFmt).toMatch(/#,##0/);
      if (metric.kind === 'percent') expect(line.getCell(2).numFmt).toBe('0.0%');
    });
  });

  it('has a Renewals sheet with one row per renewal, a frozen header, filters and formats', async () => {
    const file = await forecastFile(view, 'xlsx', 'zh-CN');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['摘要', '续约']);
    const sheet = book.getWorksheet('续约')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const titles = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(titles.slice(0, 3)).toEqual(['客户', '客户成功经理', '客户分层']);
    const col = (title: string) => titles.indexOf(title) + 1;
    expect(sheet.rowCount).toBe(view.rows.length + 1);
    view.rows.forEach((r, i) => {
      const line = sheet.getRow(i + 2);
      expect(line.getCell(col('客户')).value).toBe(r.accountName);
      expect(line.getCell(col('合同 ID')).value).toBe(r.contractId);
      expect(cellValue(line.getCell(col('合同到期日')).value)).toBe(r.endDate);
      expect(line.getCell(col('币种')).value).toBe(r.currency);
      expect(line.getCell(col('目标 ARR')).value).toBe(toMajor(r.targetArrMinor, r.currency));
      expect(line.getCell(col('预计 ARR')).value).toBe(toMajor(r.expected, r.currency));
      expect(line.getCell(col('最好情况')).value).toBe(toMajor(r.best, r.currency));
      expect(line.getCell(col('最差情况')).value).toBe(toMajor(r.worst, r.currency));
      expect(line.getCell(col('采用概率')).value).toBe(r.probability);
      expect(line.getCell(col('采用概率')).numFmt).toBe('0.0%');
      expect(line.getCell(col('目标 ARR')).numFmt).toContain(r.currency === 'CNY' ? '¥' : '#,##0');
    });
  });
});

describe('the CSV export', () => {
  it('starts with a BOM, has a header row and round-trips through a CSV parser', async () => {
    const file = await forecastFile(view, 'csv', 'zh-CN');
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(file.bytes.toString('utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(records).toHaveLength(view.rows.length);
    expect(records.some((r) => /[\u4e00-\u9fff]/.test(r['客户'] ?? ''))).toBe(true);
    view.rows.forEach((r, i) => {
      const rec = records[i]!;
      expect(rec['客户']).toBe(r.accountName);
      expect(rec['合同 ID']).toBe(r.contractId);
      expect(rec['合同到期日']).toBe(r.endDate);
      expect(Number(rec['目标 ARR'])).toBe(toMajor(r.targetArrMinor, r.currency));
      expect(Number(rec['预计 ARR'])).toBeCloseTo(toMajor(r.expected, r.currency), 2);
      expect(Number(rec['采用概率']!.replace('%', '')) / 100).toBeCloseTo(r.probability, 3);
      expect(rec['判断理由']).toBe(r.callReason);
    });
  });

  it('names churn reasons in the reader’s language and splits when (UTC) from who', async () => {
    const churned = view.rows.filter((r) => r.reasonCodes.length > 0);
    const changed = view.rows.filter((r) => r.lastChange !== null);
    expect(churned.length).toBeGreaterThan(0);
    expect(changed.length).toBeGreaterThan(0);
    for (const lang of ['en', 'zh-CN'] as const) {
      const file = await forecastFile(view, 'csv', lang);
      const records = parse(file.bytes.toString('utf8'), { bom: true, columns: true }) as Record<
        string,
        string
      >[];
      const [when, who, reasons] =
        lang === 'en'
          ? ['Last changed (UTC)', 'Changed by', 'Reason codes']
          : ['最近变更时间（UTC）', '变更人', '原因'];
      view.rows.forEach((r, i) => {
        const rec = records[i]!;
        expect(rec[when]).toBe(
          r.lastChange ? `${r.lastChange.at.slice(0, 10)} ${r.lastChange.at.slice(11, 16)}` : '',
        );
        expect(rec[who]).toBe(r.lastChange?.author ?? '');
        for (const code of r.reasonCodes) expect(rec[reasons]).not.toContain(code);
        expect(rec[reasons] === '').toBe(r.reasonCodes.length === 0);
      });
      if (lang === 'zh-CN')
        for (const r of churned)
          expect(records[view.rows.indexOf(r)]![reasons]).toMatch(/^[\u4e00-\u9fff、]+$/);
    }
  });
});
