/**
 * Weekly forecast snapshots (DESIGN.md §6), taken automatically on the first look of each week —
 * when a host starts or the forecast is opened — for every renewal due from a quarter back to a
 * year ahead; and the trend they give a window, week by week, weeks this device did not see
 * rebuilt from the renewals' history.
 */
import { addDays } from '../../core/dates';
import { isFlagged } from '../../core/forecast/renewalForecast';
import { weekStart } from '../../core/periods';
import type { SnapshotTrendView } from '../../shared/api/forecastViews';
import {
  hasSnapshot,
  snapshotRows,
  writeSnapshot,
} from '../../db/repositories/forecastSnapshotRepository';
import type { Workspace } from '../workspace';
import { converterOn, defaultReportingCurrency } from './exchangeRateService';
import { windowRows } from './forecastService';
import { forecastRowsOnDays, ProbabilityHistory } from './forecastRows';
import { loadRenewalSources } from '../../db/repositories/renewalRepository';
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

/** Weeks the trend of a window shows: from a quarter before it to its end, at most 26. */
const TREND_LEAD_DAYS = 91;
const TREND_WEEKS = 26;

/**
 * The window's forecast week by week: the kept snapshot of each week where this device took one,
 * else the forecast of that Monday rebuilt from the renewals' history (and marked so).
 */
export function snapshotTrend(
  ws: Workspace,
  query: { from: string; to: string; currency: string },
): SnapshotTrendView {
  const today = ws.today();
  const currency = query.currency || defaultReportingCurrency(ws);
  const kept = new Map<string, ReturnType<typeof snapshotRows>>();
  for (const row of snapshotRows(ws.db.sqlite, query.from, query.to)) {
    const list = kept.get(row.week);
    if (list) list.push(row);
    else kept.set(row.week, [row]);
  }
  const last = query.to <= today ? addDays(query.to, -1) : today;
  const weeks: string[] = [];
  for (
    let week = weekStart(last);
    week >= addDays(query.from, -TREND_LEAD_DAYS);
    week = addDays(week, -7)
  ) {
    weeks.unshift(week);
    if (weeks.length === TREND_WEEKS) break;
  }
  const missing = weeks.filter((w) => !kept.has(w));
  const rebuilt = missing.length
    ? forecastRowsOnDays(
        ws,
        loadRenewalSources(ws.db.sqlite, query.from, query.to),
        missing,
        new ProbabilityHistory(ws, missing[0] ?? today, missing.at(-1) ?? today),
      )
    : new Map();
  const points: SnapshotTrendView['points'] = [];
  for (const week of weeks) {
    const rows = kept.get(week);
    if (rows) {
      const takenOn = rows[0]?.takenOn ?? week;
      points.push({
        week,
        takenOn,
        rebuilt: false,
        totals: multiCurrencyTotals(
          rows.map((r) => ({
            ...r,
            source: 'system' as const,
            expansion: 0,
            contraction: 0,
            expansionSource: null,
            opportunityIds: [],
            overdue: r.outcome === 'open' && r.endDate <= takenOn,
            flagged: isFlagged(r.forecastCall, r.band),
          })),
          converterOn(ws, currency, takenOn),
        ),
      });
    } else {
      const rows = rebuilt.get(week) ?? [];
      if (rows.length)
        points.push({
          week,
          takenOn: week,
          rebuilt: true,
          totals: multiCurrencyTotals(rows, converterOn(ws, currency, week)),
        });
    }
  }
  return { from: query.from, to: query.to, reportingCurrency: currency, points };
}
