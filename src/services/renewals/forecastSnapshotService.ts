/**
 * Weekly forecast snapshots (DESIGN.md §6), taken automatically on the first look of each week —
 * when a host starts or the forecast is opened — for every renewal due from a quarter back to a
 * year ahead; and the trend they give a window, week by week.
 */
import { addDays } from '../../core/dates';
import { isFlagged } from '../../core/forecast/renewalForecast';
import { weekStart } from '../../core/periods';
import type { SnapshotTrendView } from '../../shared/api/forecastViews';
import type { ForecastCall } from '../../shared/domain/enums';
import {
  hasSnapshot,
  snapshotRows,
  writeSnapshot,
} from '../../db/repositories/forecastSnapshotRepository';
import type { Workspace } from '../workspace';
import { converterOn, defaultReportingCurrency } from './exchangeRateService';
import { windowRows } from './forecastService';
import { multiCurrencyTotals } from './forecastTotals';

const BACK_DAYS = 92;
const AHEAD_DAYS = 366;

/** Takes this week's snapshot unless it was taken; returns whether it took one. */
export function ensureWeeklySnapshot(ws: Workspace): boolean {
  const today = ws.today();
  const week = weekStart(today);
  const db = ws.db.sqlite;
  if (hasSnapshot(db, week)) return false;
  const { rows } = windowRows(ws, addDays(today, -BACK_DAYS), addDays(today, AHEAD_DAYS), today);
  db.transaction(() => writeSnapshot(db, week, today, rows))();
  return true;
}

export function snapshotTrend(
  ws: Workspace,
  query: { from: string; to: string; currency: string },
): SnapshotTrendView {
  const currency = query.currency || defaultReportingCurrency(ws);
  const byWeek = new Map<string, ReturnType<typeof snapshotRows>>();
  for (const row of snapshotRows(ws.db.sqlite, query.from, query.to)) {
    const list = byWeek.get(row.week);
    if (list) list.push(row);
    else byWeek.set(row.week, [row]);
  }
  return {
    from: query.from,
    to: query.to,
    reportingCurrency: currency,
    points: [...byWeek].map(([week, rows]) => {
      const takenOn = rows[0]?.takenOn ?? week;
      return {
        week,
        takenOn,
        totals: multiCurrencyTotals(
          rows.map((r) => ({
            ...r,
            source: 'system' as const,
            expansion: 0,
            contraction: 0,
            overdue: r.outcome === 'open' && r.endDate <= takenOn,
            flagged: isFlagged(r.forecastCall as ForecastCall | '', r.band),
          })),
          converterOn(ws, currency, takenOn),
        ),
      };
    }),
  };
}
