/**
 * Forecast accuracy (DESIGN.md §6): each renewal of the window that has closed, with the forecast
 * of 90 and of 30 days before its contract ended — rebuilt from its history, the band its account
 * had then and the system probabilities of then — against what it closed at.
 */
import { addDays } from '../../core/dates';
import { accuracyTotals, type AccuracyInput } from '../../core/forecast/forecastAccuracy';
import { knownOn } from '../../core/forecast/renewalTermsOn';
import type { AccuracyRowView, AccuracyView } from '../../shared/api/forecastViews';
import { loadRenewalSources, type RenewalSource } from '../../db/repositories/renewalRepository';
import { bandKey, bandsOn } from '../health/pastBands';
import type { Workspace } from '../workspace';
import { converterOn, defaultReportingCurrency } from './exchangeRateService';
import { forecastRowOn, ProbabilityHistory } from './forecastRows';

const LEADS = [90, 30] as const;

export function forecastAccuracy(
  ws: Workspace,
  query: { from: string; to: string; currency: string },
): AccuracyView {
  const today = ws.today();
  const currency = query.currency || defaultReportingCurrency(ws);
  const sources = loadRenewalSources(ws.db.sqlite, query.from, query.to);
  const history = new ProbabilityHistory(ws, addDays(query.from, -90), today);
  const probabilities = history.on(today);
  const closed: { source: RenewalSource; row: ReturnType<typeof forecastRowOn> }[] = [];
  for (const source of sources) {
    if (!knownOn(source, today)) continue;
    const row = forecastRowOn(source, today, undefined, probabilities);
    if (row.outcome !== 'open') closed.push({ source, row });
  }
  const dayOf = (endDate: string, lead: number) => addDays(endDate, -lead);
  const bands = bandsOn(
    ws,
    closed.flatMap(({ row }) =>
      LEADS.map((lead) => ({ accountId: row.accountId, day: dayOf(row.endDate, lead) })),
    ),
  );
  const rows: AccuracyRowView[] = closed.map(({ source, row }) => {
    const [at90, at30] = LEADS.map((lead) => {
      const day = dayOf(row.endDate, lead);
      if (!knownOn(source, day)) return null;
      const band = bands.get(bandKey(row.accountId, day)) ?? null;
      const then = forecastRowOn(source, day, { band, score: null }, history.on(day));
      return {
        probability: then.probability,
        expected: then.expected,
        call: then.forecastCall,
        band,
      };
    });
    return {
      contractId: row.contractId,
      accountId: row.accountId,
      accountName: row.accountName,
      owner: row.owner,
      currency: row.currency,
      endDate: row.endDate,
      targetArrMinor: row.targetArrMinor,
      outcome: row.outcome,
      actualArrMinor: row.expected,
      at90: at90 ?? null,
      at30: at30 ?? null,
    };
  });
  const input = (r: AccuracyRowView, convert = (m: number) => m): AccuracyInput => ({
    targetArrMinor: convert(r.targetArrMinor),
    actualArrMinor: convert(r.actualArrMinor),
    forecast90: r.at90 ? convert(r.at90.expected) : null,
    forecast30: r.at30 ? convert(r.at30.expected) : null,
  });
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  const converter = converterOn(ws, currency, today);
  const convertible = rows.filter((r) => converter.convert(0, r.currency) !== null);
  return {
    from: query.from,
    to: query.to,
    reportingCurrency: currency,
    rows,
    byCurrency: currencies.map((c) => ({
      currency: c,
      totals: accuracyTotals(rows.filter((r) => r.currency === c).map((r) => input(r))),
    })),
    reporting: {
      currency,
      totals: accuracyTotals(
        convertible.map((r) => input(r, (m) => converter.convert(m, r.currency) ?? 0)),
      ),
    },
    missingRates: converter.missing(),
  };
}
