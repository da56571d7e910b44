/**
 * "What changed since" (DESIGN.md §6): the forecast of a window as it stood at the end of an
 * earlier day against today's, renewal by renewal — which fields moved, from what to what, and
 * the history entries in between — with both sets of roll-ups.
 */
import { compareChanges } from '../../core/forecast/renewalHistory';
import { compareNames } from '../../shared/format/nameOrder';
import type { Lang } from '../../shared/format/formatters';
import type { ForecastChangesView, RenewalRowView } from '../../shared/api/forecastViews';
import { loadRenewalSources } from '../../db/repositories/renewalRepository';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';
import { converterOn, defaultReportingCurrency } from './exchangeRateService';
import { forecastRows, ProbabilityHistory } from './forecastRows';
import { multiCurrencyTotals } from './forecastTotals';
import { renewalHistory } from './renewalDetailService';

/** The row fields a reader of the forecast cares about having moved. */
const COMPARED = [
  'forecastCall',
  'band',
  'probability',
  'targetArrMinor',
  'expectedChangeMinor',
  'expected',
  'outcome',
  'finalArrMinor',
] as const satisfies readonly (keyof RenewalRowView)[];

export function forecastChanges(
  ws: Workspace,
  query: { from: string; to: string; since: string; currency: string; lang?: Lang },
): ForecastChangesView {
  const today = ws.today();
  if (query.since >= today)
    throw new ServiceError('invalid_input', `since must be before today (${today})`);
  const currency = query.currency || defaultReportingCurrency(ws);
  const sources = loadRenewalSources(ws.db.sqlite, query.from, query.to);
  const history = new ProbabilityHistory(ws, query.since, today);
  const before = forecastRows(ws, sources, query.since, history.on(query.since));
  const after = forecastRows(ws, sources, today, history.on(today));
  const beforeById = new Map(before.map((r) => [r.contractId, r]));
  const sourceById = new Map(sources.map((s) => [s.contract.id, s]));
  const changes: ForecastChangesView['changes'] = [];
  for (const row of after) {
    const old = beforeById.get(row.contractId) ?? null;
    // Once a renewal has closed, its account's health no longer moves its forecast.
    const compared =
      old && old.outcome !== 'open' && row.outcome !== 'open'
        ? COMPARED.filter((f) => f !== 'band' && f !== 'probability')
        : COMPARED;
    const fields = old
      ? compared.filter((f) => JSON.stringify(old[f]) !== JSON.stringify(row[f]))
      : ['new'];
    if (fields.length === 0) continue;
    const source = sourceById.get(row.contractId);
    changes.push({
      contractId: row.contractId,
      accountId: row.accountId,
      accountName: row.accountName,
      owner: row.owner,
      currency: row.currency,
      endDate: row.endDate,
      fields,
      before: old,
      after: row,
      entries: source
        ? renewalHistory({
            ...source,
            changes: source.changes.filter((c) => c.date > query.since).sort(compareChanges),
          })
        : [],
    });
  }
  changes.sort(
    (a, b) =>
      Math.abs(b.after.expected - (b.before?.expected ?? 0)) -
        Math.abs(a.after.expected - (a.before?.expected ?? 0)) ||
      compareNames(query.lang ?? 'en')(a.accountName, b.accountName),
  );
  return {
    from: query.from,
    to: query.to,
    since: query.since,
    today,
    reportingCurrency: currency,
    changes,
    before: multiCurrencyTotals(before, converterOn(ws, currency, query.since)),
    after: multiCurrencyTotals(after, converterOn(ws, currency, today)),
  };
}
