/**
 * The renewal forecast of the portfolio's quarter and its XLSX export (DESIGN.md §11: < 1 s warm, < 2 s on a new device),
 * against one raw SQL read of the same rows (the quarter's contracts with their accounts,
 * renewals and history entries). Measured as a CSM lives it — after the start of day (scores and
 * past bands worked out) — and on the first look of a new device, when every band of the past
 * year's closed renewals is still to be worked out. Plus CSV, the KPI dashboard and a forecast
 * of 30 days ago.
 */
import { addDays } from '../../src/core/dates';
import { quarterOf } from '../../src/core/periods';
import { ensureHealthCurrent } from '../../src/services/health/healthRefresh';
import { kpiView } from '../../src/services/kpiService';
import { exportForecast } from '../../src/services/renewals/forecastExportService';
import { forecastView } from '../../src/services/renewals/forecastService';
import type { Workspace } from '../../src/services/workspace';
import { forecastQuery, kpiQuery } from '../../src/shared/api/forecastInputs';
import { medianAsync, ms, timedAsync, type Figure } from './benchUtil';

const RAW = `
  SELECT c.id, c.end_date, c.arr_minor, c.currency, a.name, a.owner, r.forecast_call,
         r.expected_change_minor, r.outcome, r.final_arr_minor,
         (SELECT count(*) FROM renewal_changes h WHERE h.contract_id = c.id AND h.deleted = 0)
    FROM contracts c JOIN accounts a ON a.id = c.account_id AND a.deleted = 0
    LEFT JOIN renewals r ON r.contract_id = c.id AND r.deleted = 0
   WHERE c.deleted = 0 AND c.status <> 'cancelled' AND c.end_date >= ? AND c.end_date < ?`;

export async function benchForecast(ws: Workspace, generatedOn: string): Promise<Figure[]> {
  const db = ws.db.sqlite;
  const quarter = quarterOf(generatedOn);
  const query = forecastQuery.parse({ ...quarter, currency: 'USD' });
  const xlsx = () => exportForecast(ws, { ...query, format: 'xlsx', lang: 'en' });
  ensureHealthCurrent(ws);
  const raw = db.prepare(RAW);
  raw.all(quarter.from, quarter.to);
  const rawMs = await medianAsync(5, () => Promise.resolve(raw.all(quarter.from, quarter.to)));
  const baseline = `raw SQL read of the quarter's rows ${ms(rawMs)}`;

  // A new device: no band of a past day worked out yet.
  db.prepare('DELETE FROM past_bands').run();
  const cold = await timedAsync(xlsx);
  const warm = await medianAsync(3, xlsx);
  const viewMs = await medianAsync(3, () => Promise.resolve(forecastView(ws, query)));
  const csv = await medianAsync(3, () =>
    exportForecast(ws, { ...query, format: 'csv', lang: 'en' }),
  );
  const rows = forecastView(ws, query).rows.length;
  const monthAgo = { ...query, asOf: addDays(ws.today(), -30) };
  forecastView(ws, monthAgo);
  const asOf = await medianAsync(3, () => Promise.resolve(forecastView(ws, monthAgo)));
  const year = kpiQuery.parse({
    from: addDays(generatedOn, -365),
    to: generatedOn,
    currency: 'USD',
  });
  const kpis = await medianAsync(3, () => Promise.resolve(kpiView(ws, year)));
  const figure = (name: string, value: number, budget: string, pass = true): Figure => ({
    name,
    value: ms(value),
    baseline,
    ratio: value / rawMs,
    budget,
    pass,
  });
  return [
    figure(
      `forecast the quarter ${quarter.from} – ${addDays(quarter.to, -1)} and export it as XLSX (${rows.toLocaleString('en')} renewals)`,
      warm,
      '< 1 s',
      warm < 1000,
    ),
    figure(
      'the same on a new device’s first look (every past band worked out from the records)',
      cold.ms,
      '< 2 s',
      cold.ms < 2000,
    ),
    figure('the forecast view alone', viewMs, 'reported'),
    figure('forecast and CSV export', csv, 'reported'),
    figure('the forecast as of 30 days ago', asOf, 'reported'),
    figure('the KPI dashboard of the last 12 months', kpis, 'reported'),
  ];
}
