/**
 * The forecast as an Excel workbook (DESIGN.md §6): a Summary sheet with the roll-ups in the
 * reporting currency and per currency, and a Renewals sheet with one row per renewal — frozen
 * header, filters on every column, money in each row's own currency format, probabilities as
 * percentages, dates as dates; titles in the user's language; each sheet prints landscape, one
 * page wide, with its header row on every page (see sheetSetup).
 */
import ExcelJS from 'exceljs';
import type { ForecastTotals, ForecastView } from '../shared/api/forecastViews';
import { minorDigitsOf, toMajor } from '../shared/domain/currencies';
import { exportLabel, type ExportLabel, type ExportLang } from './exportLabels';
import { columnTitle, RENEWAL_COLUMNS, type CellKind } from './forecastTable';
import { boldRow, printSetup, withFont } from './sheetSetup';
import { withFilterNames } from './xlsxFilterNames';

const moneyFormats = new Map<string, string>();

/** An Excel number format showing the currency's own symbol in the user's language. */
export function moneyFormat(currency: string, lang: ExportLang): string {
  // A formatter is costly to build and every money cell asks: one per currency and language.
  const key = `${currency}|${lang}`;
  let format = moneyFormats.get(key);
  if (format === undefined) moneyFormats.set(key, (format = buildMoneyFormat(currency, lang)));
  return format;
}

function buildMoneyFormat(currency: string, lang: ExportLang): string {
  let symbol = currency;
  try {
    symbol =
      new Intl.NumberFormat(lang, { style: 'currency', currency })
        .formatToParts(0)
        .find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    // An unknown code keeps its letters.
  }
  const digits = minorDigitsOf(currency);
  return `"${symbol.replace(/"/g, '')}"#,##0${digits ? `.${'0'.repeat(digits)}` : ''}`;
}

const PERCENT = '0.0%';
const DATE = 'yyyy-mm-dd';

/** Summary rows: the label and how to read the figure from the totals. */
export const SUMMARY_ROWS: { key: keyof ForecastTotals; kind: 'count' | 'money' | 'percent' }[] = [
  { key: 'renewals', kind: 'count' },
  { key: 'open', kind: 'count' },
  { key: 'renewed', kind: 'count' },
  { key: 'churned', kind: 'count' },
  { key: 'overdue', kind: 'count' },
  { key: 'flagged', kind: 'count' },
  { key: 'due', kind: 'money' },
  { key: 'commit', kind: 'money' },
  { key: 'closedWon', kind: 'money' },
  { key: 'expected', kind: 'money' },
  { key: 'expectedRetained', kind: 'money' },
  { key: 'expectedExpansion', kind: 'money' },
  { key: 'best', kind: 'money' },
  { key: 'worst', kind: 'money' },
  { key: 'grr', kind: 'percent' },
  { key: 'nrr', kind: 'percent' },
];

function summarySheet(
  book: ExcelJS.Workbook,
  view: ForecastView,
  lang: ExportLang,
  lastDay: string,
): void {
  const L = (key: ExportLabel, params?: Record<string, string>) => exportLabel(lang, key, params);
  const sheet = book.addWorksheet(L('sheetSummary'));
  sheet.getCell('A1').value = L('title');
  withFont(sheet.getCell('A1'), { bold: true, size: 14 });
  sheet.addRow([L('window'), `${view.from} – ${lastDay}`]);
  sheet.addRow([L('asOf'), view.asOf]);
  sheet.addRow([L('reporting'), view.reportingCurrency]);
  sheet.addRow([]);
  const columns = [
    ...(view.totals.reporting
      ? [
          {
            title: L('inReporting', { currency: view.totals.reporting.currency }),
            currency: view.totals.reporting.currency,
            totals: view.totals.reporting.totals,
          },
        ]
      : []),
    ...view.totals.byCurrency.map((c) => ({
      title: c.currency,
      currency: c.currency,
      totals: c.totals,
    })),
  ];
  const header = sheet.addRow([L('metric'), ...columns.map((c) => c.title)]);
  boldRow(header);
  printSetup(sheet, header.number);
  for (const row of SUMMARY_ROWS) {
    const line = sheet.addRow([
      L(`m.${row.key}` as ExportLabel),
      ...columns.map((c) => {
        const value = c.totals[row.key] as number | null;
        return value === null ? null : row.kind === 'money' ? toMajor(value, c.currency) : value;
      }),
    ]);
    columns.forEach((c, i) => {
      const cell = line.getCell(i + 2);
      cell.numFmt =
        row.kind === 'money'
          ? moneyFormat(c.currency, lang)
          : row.kind === 'percent'
            ? PERCENT
            : '0';
    });
  }
  sheet.addRow([]);
  if (view.rates.length > 0) {
    boldRow(sheet.addRow([L('ratesUsed')]));
    for (const r of view.rates)
      sheet.addRow([
        `1 ${r.from} = ${r.rate.toPrecision(6)} ${r.to}`,
        r.via.map((v) => `${v.from}→${v.to} ${v.rate} (${v.effectiveDate})`).join('; '),
      ]);
  }
  if (view.totals.missingRates.length > 0)
    sheet.addRow([L('noRate'), view.totals.missingRates.join(', ')]);
  sheet.getColumn(1).width = 34;
  for (let i = 0; i < columns.length; i++) sheet.getColumn(i + 2).width = 22;
}

const FORMAT: Record<Exclude<CellKind, 'money'>, string | undefined> = {
  text: undefined,
  integer: '0',
  percent: PERCENT,
  date: DATE,
};

function renewalsSheet(book: ExcelJS.Workbook, view: ForecastView, lang: ExportLang): void {
  const sheet = book.addWorksheet(exportLabel(lang, 'sheetRenewals'), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
  sheet.columns = RENEWAL_COLUMNS.map((c) => ({
    header: columnTitle(lang, c),
    key: c.key,
    width: c.width,
  }));
  boldRow(sheet.getRow(1));
  printSetup(sheet, 1);
  for (const row of view.rows) {
    const line = sheet.addRow(
      RENEWAL_COLUMNS.map((c) => {
        const value = c.value(row, lang);
        return c.kind === 'date' && typeof value === 'string'
          ? new Date(`${value}T00:00:00Z`)
          : value;
      }),
    );
    RENEWAL_COLUMNS.forEach((c, i) => {
      const format = c.kind === 'money' ? moneyFormat(row.currency, lang) : FORMAT[c.kind];
      if (format) line.getCell(i + 1).numFmt = format;
    });
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, view.rows.length + 1), column: RENEWAL_COLUMNS.length },
  };
}

export async function forecastXlsx(
  view: ForecastView,
  lang: ExportLang,
  lastDay: string,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Outpost';
  book.created = new Date(`${view.asOf}T00:00:00Z`);
  summarySheet(book, view, lang, lastDay);
  renewalsSheet(book, view, lang);
  return withFilterNames(new Uint8Array(await book.xlsx.writeBuffer()));
}
