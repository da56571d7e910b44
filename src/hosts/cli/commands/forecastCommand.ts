/**
 * `forecast --from D --to D [--format text|json|csv|xlsx] [--out FILE] [--as-of D]
 * [--currency CODE] [--lang en|zh-CN]`: the renewals whose contracts end in [from, to), their
 * roll-ups per currency and in the reporting currency, as of today or an earlier day.
 */
import { addDays } from '../../../core/dates';
import { forecastFile } from '../../../services/renewals/forecastExportService';
import { forecastView } from '../../../services/renewals/forecastService';
import { ServiceError } from '../../../services/serviceError';
import { forecastQuery } from '../../../shared/api/forecastInputs';
import type { ForecastTotals, ForecastView } from '../../../shared/api/forecastViews';
import { minorDigitsOf } from '../../../shared/domain/currencies';
import type { CliCommand } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { checkOutFile, writeOutFile } from '../outFile';
import {
  clip,
  moneyText,
  padEnd,
  padStart,
  parseCurrencyOption,
  parsePeriod,
  percentText,
} from '../reportOptions';
import { parseDateOption, UsageError } from '../usageError';

const FORMATS = ['text', 'json', 'csv', 'xlsx'] as const;
const LANGS = ['en', 'zh-CN'] as const;

const TOTALS: [keyof ForecastTotals, string][] = [
  ['renewals', 'Renewals'],
  ['due', 'Renewals due'],
  ['commit', 'Commit'],
  ['closedWon', 'Closed won'],
  ['expected', 'Expected'],
  ['best', 'Best case'],
  ['worst', 'Worst case'],
  ['grr', 'Forecast GRR'],
  ['nrr', 'Forecast NRR'],
];

function text(view: ForecastView): string[] {
  const lines = [
    `Renewals ending ${view.from} … ${addDays(view.to, -1)}, as of ${view.asOf}, reported in ${view.reportingCurrency}`,
  ];
  const columns = [
    ...(view.totals.reporting
      ? [{ title: `${view.totals.reporting.currency} (all)`, ...view.totals.reporting }]
      : []),
    ...view.totals.byCurrency.map((c) => ({ title: c.currency, ...c })),
  ];
  lines.push(
    ['', ...columns.map((c) => c.title)]
      .map((t, i) => (i ? t.padStart(22) : t.padEnd(14)))
      .join(''),
  );
  for (const [key, label] of TOTALS)
    lines.push(
      [
        label.padEnd(14),
        ...columns.map((c) => {
          const v = c.totals[key] as number | null;
          const shown =
            key === 'grr' || key === 'nrr'
              ? percentText(v)
              : key === 'renewals'
                ? String(v)
                : moneyText(v ?? 0, c.currency, minorDigitsOf(c.currency));
          return shown.padStart(22);
        }),
      ].join(''),
    );
  if (view.totals.missingRates.length)
    lines.push(`Not converted (no exchange rate): ${view.totals.missingRates.join(', ')}`);
  lines.push('');
  for (const r of view.rows) {
    const status = r.overdue ? 'overdue' : r.outcome;
    lines.push(
      [
        r.endDate,
        padEnd(clip(r.accountName, 32), 32),
        padEnd(clip(r.owner || '—', 14), 14),
        padStart(moneyText(r.targetArrMinor, r.currency, minorDigitsOf(r.currency)), 20),
        (r.forecastCall || 'no call').padEnd(8),
        `${(r.probability * 100).toFixed(0)} %`.padStart(6),
        moneyText(r.expected, r.currency, minorDigitsOf(r.currency)).padStart(20),
        status + (r.flagged ? ' (review)' : ''),
      ].join('  '),
    );
  }
  return lines;
}

export const forecastCommand: CliCommand = {
  name: 'forecast',
  summary: 'Renewals ending in [from, to) with their forecast and roll-ups (text, JSON, CSV, XLSX)',
  usage:
    'forecast --from D --to D [--format text|json|csv|xlsx] [--out FILE] [--as-of D]\n  [--currency CODE] [--lang en|zh-CN]',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    currency: { type: 'string' },
    lang: { type: 'string' },
  },
  async run(ctx, values) {
    const period = parsePeriod(values);
    const asOf = parseDateOption('as-of', values['as-of'] as string | undefined) ?? '';
    const currency = parseCurrencyOption(values.currency as string | undefined);
    const format = (values.format as string | undefined) ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
    const lang = (values.lang as string | undefined) ?? 'en';
    if (!(LANGS as readonly string[]).includes(lang))
      throw new UsageError(`--lang must be en or zh-CN, got "${lang}"`);
    const out = values.out as string | undefined;
    if (format === 'xlsx' && !out)
      throw new UsageError('--format xlsx writes a binary file: give --out FILE.xlsx');
    if (out) checkOutFile(out, ctx.lang);
    const ws = await openCliWorkspace(ctx);
    try {
      let view: ForecastView;
      try {
        view = forecastView(ws, forecastQuery.parse({ ...period, asOf, currency, lang }));
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'invalid_input')
          throw new UsageError(error.message);
        throw error;
      }
      let body: Buffer | string;
      if (format === 'json')
        body = `${JSON.stringify(
          {
            window: period,
            asOf: view.asOf,
            reportingCurrency: view.reportingCurrency,
            rollup: view.totals,
            rates: view.rates,
            probabilities: view.probabilities,
            renewals: view.rows,
          },
          null,
          2,
        )}\n`;
      else if (format === 'text') body = `${text(view).join('\n')}\n`;
      else
        body = (await forecastFile(view, format as 'csv' | 'xlsx', lang as 'en' | 'zh-CN')).bytes;
      if (out) {
        writeOutFile(out, body);
        ctx.io.err(`Wrote ${view.rows.length} renewals to ${out}`);
      } else {
        ctx.io.out((typeof body === 'string' ? body : body.toString('utf8')).trimEnd());
      }
      return 0;
    } finally {
      ws.close();
    }
  },
};
