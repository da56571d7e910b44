/**
 * The KPI dashboard of a period (DESIGN.md §3), exactly as defined there: ARR and its movements
 * from the contract history, GRR, NRR, logo and gross revenue churn, renewal rates of the
 * renewals due, expansion rate, NPS, CSAT, CES, health rate and LTV — per currency and converted
 * into the reporting currency at the rates in effect on the period's last day.
 */
import { addDays } from '../core/dates';
import { arrMovements, type ArrContract, type ArrMovements } from '../core/metrics/arrMovements';
import { ces, csat, nps, type DueRenewal } from '../core/metrics/customerMetrics';
import { kpiFigures } from '../core/metrics/kpiFigures';
import { periodBuckets } from '../core/periods';
import type { KpiQuery } from '../shared/api/forecastInputs';
import type {
  ArrMovementTotals,
  KpiMover,
  KpiSetView,
  KpiView,
  MovementKind,
} from '../shared/api/kpiViews';
import { listScores } from '../db/repositories/healthStoreRepository';
import { prepared } from '../db/preparedStatement';
import { ensureHealthCurrent } from './health/healthRefresh';
import { bandKey, bandsOn } from './health/pastBands';
import { converterOn, defaultReportingCurrency } from './renewals/exchangeRateService';
import { windowRows } from './renewals/forecastService';
import { rateViews } from './renewals/forecastTotals';
import { ServiceError } from './serviceError';
import type { Workspace } from './workspace';

interface KpiContract extends ArrContract {
  currency: string;
}

const MOVERS = 10;
const KINDS: MovementKind[] = ['new', 'reactivation', 'expansion', 'contraction', 'churn'];

function loadContracts(ws: Workspace): { contracts: KpiContract[]; names: Map<string, string> } {
  const rows = prepared(
    ws.db.sqlite,
    `SELECT c.account_id AS accountId, c.start_date AS startDate, c.end_date AS endDate,
            c.arr_minor AS arr, c.currency, c.status, a.name
       FROM contracts c JOIN accounts a ON a.id = c.account_id AND a.deleted = 0
      WHERE c.deleted = 0 AND c.start_date <> '' AND c.end_date <> ''`,
  ).all() as (KpiContract & { name: string })[];
  return { contracts: rows, names: new Map(rows.map((r) => [r.accountId, r.name])) };
}

/** The totals without the per-account list (the largest movers are picked separately). */
const movementsView = ({ accounts: _accounts, ...totals }: ArrMovements): ArrMovementTotals =>
  totals;

function kpiSet(
  currency: string,
  contracts: ArrContract[],
  due: DueRenewal[],
  query: KpiQuery,
  names: Map<string, string>,
): KpiSetView {
  const k = kpiFigures(contracts, due, query.from, query.to, query.margin);
  const movers = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      k.movements.accounts
        .filter((a) => a.kind === kind)
        .sort((a, b) => b.amount - a.amount)
        .slice(0, MOVERS)
        .map((a): KpiMover => ({
          accountId: a.accountId,
          accountName: names.get(a.accountId) ?? '',
          amount: a.amount,
        })),
    ]),
  ) as Record<MovementKind, KpiMover[]>;
  return {
    currency,
    movements: movementsView(k.movements),
    ...k.retention,
    renewals: k.renewals,
    ltv: k.ltv,
    movers,
  };
}

function surveys(ws: Workspace, from: string, to: string) {
  const answers = prepared(
    ws.db.sqlite,
    `SELECT s.kind, s.score, s.date FROM survey_responses s
       JOIN accounts a ON a.id = s.account_id AND a.deleted = 0
      WHERE s.deleted = 0 AND s.date >= ? AND s.date < ?`,
  ).all(from, to) as { kind: string; score: number; date: string }[];
  return answers;
}

/**
 * Accounts green on the day ÷ accounts scored on the day (DESIGN.md §3, §4): today from the
 * stored scores, a past day from each account's score as its records stood then — the same rule.
 */
function healthRate(ws: Workspace, day: string) {
  if (day >= ws.today()) {
    ensureHealthCurrent(ws);
    const scores = listScores(ws.db.sqlite);
    const green = scores.filter((s) => s.band === 'green').length;
    return {
      asOf: ws.today(),
      green,
      active: scores.length,
      rate: scores.length ? green / scores.length : null,
    };
  }
  const accounts = prepared(ws.db.sqlite, 'SELECT id FROM accounts WHERE deleted = 0')
    .pluck()
    .all() as string[];
  const bands = bandsOn(
    ws,
    accounts.map((accountId) => ({ accountId, day })),
  );
  const scored = accounts.map((id) => bands.get(bandKey(id, day))).filter((b) => b != null);
  const green = scored.filter((b) => b === 'green').length;
  return {
    asOf: day,
    green,
    active: scored.length,
    rate: scored.length ? green / scored.length : null,
  };
}

export function kpiView(ws: Workspace, asked: KpiQuery): KpiView {
  const today = ws.today();
  const tomorrow = addDays(today, 1);
  if (asked.from > today)
    throw new ServiceError(
      'invalid_input',
      `The period starts after today (${today}): KPIs describe what has happened`,
    );
  // What has not happened yet is not measured: a period reaching past today ends today.
  const query = { ...asked, to: asked.to > tomorrow ? tomorrow : asked.to };
  const currency = query.currency || defaultReportingCurrency(ws);
  const ratesOn = addDays(query.to, -1);
  const { contracts, names } = loadContracts(ws);
  const due = windowRows(ws, query.from, query.to, today).rows;
  const converter = converterOn(ws, currency, ratesOn);
  const currencies = [
    ...new Set([...contracts.map((c) => c.currency), ...due.map((d) => d.currency)]),
  ].sort();
  const dueOf = (rows: typeof due, convert = (m: number) => m): DueRenewal[] =>
    rows.map((r) => ({
      target: convert(r.targetArrMinor),
      outcome: r.outcome,
      finalArr: r.finalArrMinor === null ? null : convert(r.finalArrMinor),
    }));
  const convertible = (c: { currency: string }) => converter.convert(0, c.currency) !== null;
  const converted = contracts
    .filter(convertible)
    .map((c) => ({ ...c, arr: converter.convert(c.arr, c.currency) ?? 0 }));
  const convertedDue = due
    .filter(convertible)
    .flatMap((r) => dueOf([r], (m) => converter.convert(m, r.currency) ?? 0));
  const answers = surveys(ws, query.from, query.to);
  const npsScores = answers.filter((a) => a.kind === 'nps');
  const csatScores = answers.filter((a) => a.kind === 'csat');
  const cesScores = answers.filter((a) => a.kind === 'ces');
  return {
    from: query.from,
    to: query.to,
    through: ratesOn,
    today,
    reportingCurrency: currency,
    byCurrency: currencies.map((c) =>
      kpiSet(
        c,
        contracts.filter((k) => k.currency === c),
        dueOf(due.filter((d) => d.currency === c)),
        query,
        names,
      ),
    ),
    reporting:
      converted.length > 0 ? kpiSet(currency, converted, convertedDue, query, names) : null,
    missingRates: converter.missing(),
    rates: rateViews(converter),
    ratesOn,
    surveys: {
      nps: {
        value: nps(npsScores),
        responses: npsScores.length,
        promoters: npsScores.filter((a) => a.score >= 9).length,
        passives: npsScores.filter((a) => a.score === 7 || a.score === 8).length,
        detractors: npsScores.filter((a) => a.score <= 6).length,
      },
      csat: {
        value: csat(csatScores),
        responses: csatScores.length,
        satisfied: csatScores.filter((a) => a.score >= 4).length,
      },
      ces: {
        value: ces(cesScores),
        responses: cesScores.length,
        total: cesScores.reduce((s, a) => s + a.score, 0),
      },
    },
    healthRate: healthRate(ws, ratesOn),
    monthly: periodBuckets(query.from, query.to, 'month').map((b) => {
      const month = npsScores.filter((a) => a.date >= b.from && a.date < b.to);
      return {
        month: b.key,
        from: b.from,
        to: b.to,
        movements: movementsView(arrMovements(converted, b.from, b.to)),
        nps: nps(month),
        npsResponses: month.length,
      };
    }),
  };
}
