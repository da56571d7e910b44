/**
 * The renewals view (DESIGN.md §6): one row per renewal of a window as of a day, filtered and
 * grouped, with roll-ups per currency and in the reporting currency, the conversion rates used
 * and the system probability of each band.
 */
import { BANDS } from '../../shared/domain/healthEnums';
import type { ForecastQuery } from '../../shared/api/forecastInputs';
import type { ForecastView, RenewalRowView } from '../../shared/api/forecastViews';
import { loadRenewalSources } from '../../db/repositories/renewalRepository';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';
import { converterOn, defaultReportingCurrency } from './exchangeRateService';
import { filterRows, groupRows } from './forecastFilters';
import { sortedNames } from '../../shared/format/nameOrder';
import { forecastRows, ProbabilityHistory, type Probabilities } from './forecastRows';
import { multiCurrencyTotals, rateViews } from './forecastTotals';

/** The day a query asks about: today unless it names an earlier one. */
export function queryDay(ws: Workspace, asOf: string): string {
  const today = ws.today();
  if (asOf && asOf > today)
    throw new ServiceError(
      'invalid_input',
      `asOf must not be after today (${today}); the forecast of a later day is not known yet`,
    );
  return asOf || today;
}

export function probabilityViews(probabilities: Probabilities) {
  return BANDS.map((band) => probabilities[band]);
}

/** The unfiltered rows of a window on a day, with the probabilities they used. */
export function windowRows(
  ws: Workspace,
  from: string,
  to: string,
  day: string,
): { rows: RenewalRowView[]; probabilities: Probabilities } {
  const probabilities = new ProbabilityHistory(ws, day, day).on(day);
  const sources = loadRenewalSources(ws.db.sqlite, from, to);
  return { rows: forecastRows(ws, sources, day, probabilities), probabilities };
}

export function forecastView(ws: Workspace, query: ForecastQuery): ForecastView {
  const day = queryDay(ws, query.asOf);
  const currency = query.currency || defaultReportingCurrency(ws);
  const { rows: all, probabilities } = windowRows(ws, query.from, query.to, day);
  const rows = filterRows(all, query.filters);
  const converter = converterOn(ws, currency, day);
  const totals = multiCurrencyTotals(rows, converter);
  return {
    from: query.from,
    to: query.to,
    asOf: day,
    today: ws.today(),
    reportingCurrency: currency,
    rows,
    totals,
    groups: groupRows(rows, query.groupBy, query.lang).map((g) => ({
      key: g.key,
      totals: multiCurrencyTotals(g.rows, converter),
      contractIds: g.rows.map((r) => r.contractId),
    })),
    rates: rateViews(converter),
    probabilities: probabilityViews(probabilities),
    owners: sortedNames(
      all.map((r) => r.owner),
      query.lang,
    ),
    unfiltered: all.length,
  };
}
