/**
 * The figures that tell whether a demo portfolio behaves like a real book (issue 12): renewal
 * rate per health band 90 days before the end and the Brier scores the calibration page shows,
 * the NPS of the book and per band, how often the CSM's calls were right, the open renewals and
 * opportunities a forecast picks up, and any record dated after the demo's today that should not
 * be. Read through the services the app uses, so they are what a user would see.
 */
import { addDays } from '../../src/core/dates';
import { nps } from '../../src/core/metrics/customerMetrics';
import { listScores } from '../../src/db/repositories/healthStoreRepository';
import { calibrationView } from '../../src/services/health/calibrationService';
import { ensureHealthCurrent } from '../../src/services/health/healthRefresh';
import { kpiView } from '../../src/services/kpiService';
import { forecastAccuracy } from '../../src/services/renewals/forecastAccuracyService';
import { windowRows } from '../../src/services/renewals/forecastService';
import type { Workspace } from '../../src/services/workspace';
import type { CalibrationView } from '../../src/shared/api/views';

export interface DemoBookFigures {
  calibration: CalibrationView;
  /** Renewal rate per band 90 days before the end (null where none closed). */
  bandRates: Record<string, number | null>;
  npsBook: number | null;
  npsByBand: Record<string, number | null>;
  healthRate: number | null;
  calls: {
    closed: number;
    right: number;
    share: number | null;
    commitChurned: number;
    atRiskRenewed: number;
  };
  accuracy: { error90: number | null; error30: number | null };
  openRenewals: number;
  openWithExpansion: number;
  openWithContraction: number;
  opportunities: number;
  /** Open opportunities closing by their account's next open renewal's end + 90 days. */
  opportunitiesInWindow: number;
  /** Renewals of the next six months whose forecast expansion comes from each source. */
  forecastExpansion: { planned: number; opportunities: number };
  /** "table.column" → records dated after today that may not be. */
  futureDated: Record<string, number>;
  inconsistent: Record<string, number>;
}

/** Dated columns that describe the past: none may be later than today. */
const PAST_ONLY: [table: string, column: string][] = [
  ['contracts', 'start_date'],
  ['renewals', 'closed_date'],
  ['renewal_changes', 'date'],
  ['stakeholders', 'departed_date'],
  ['support_tickets', 'opened_date'],
  ['support_tickets', 'closed_date'],
  ['milestones', 'completed_date'],
  ['survey_responses', 'date'],
  ['usage_snapshots', 'date'],
  ['csm_pulses', 'date'],
  ['product_feedback', 'date'],
  ['exchange_rates', 'effective_date'],
];

export function demoBookFigures(ws: Workspace): DemoBookFigures {
  const db = ws.db.sqlite;
  const today = ws.today();
  const count = (sql: string, ...params: unknown[]) =>
    (db
      .prepare(sql)
      .pluck()
      .get(...params) as number | null) ?? 0;

  const calibration = calibrationView(ws);
  const bandRates = Object.fromEntries(calibration.bands.map((b) => [b.band, b.rate]));

  const yearAgo = addDays(today, -365);
  const kpis = kpiView(ws, { from: yearAgo, to: addDays(today, 1), currency: '', margin: 1 });
  ensureHealthCurrent(ws);
  const bandOf = new Map(listScores(db).map((s) => [s.accountId, s.band]));
  const answers = db
    .prepare(
      `SELECT account_id AS accountId, score FROM survey_responses
        WHERE deleted = 0 AND kind = 'nps' AND date >= ? AND date <= ?`,
    )
    .all(yearAgo, today) as { accountId: string; score: number }[];
  const npsOf = (scores: { score: number }[]) =>
    nps(scores.map((a) => ({ kind: 'nps', score: a.score })));
  const npsByBand = Object.fromEntries(
    ['green', 'yellow', 'red'].map((band) => [
      band,
      npsOf(answers.filter((a) => bandOf.get(a.accountId) === band)),
    ]),
  );

  const accuracy = forecastAccuracy(ws, { from: yearAgo, to: addDays(today, 1), currency: '' });
  let closed = 0;
  let right = 0;
  let commitChurned = 0;
  let atRiskRenewed = 0;
  for (const row of accuracy.rows) {
    const call = row.at30?.call;
    if (!call) continue;
    closed++;
    const renewed = row.outcome === 'renewed';
    const saidRenew = call === 'commit' || call === 'likely';
    if (saidRenew === renewed) right++;
    if (call === 'commit' && !renewed) commitChurned++;
    if ((call === 'at_risk' || call === 'lost') && renewed) atRiskRenewed++;
  }

  const forecast = windowRows(ws, today, addDays(today, 183), today).rows;
  const expandedBy = (source: string) =>
    forecast.filter((r) => r.expansionSource === source && r.expectedExpansion > 0).length;

  const open = `FROM renewals r JOIN contracts c ON c.id = r.contract_id AND c.deleted = 0
                WHERE r.deleted = 0 AND r.outcome = 'open'`;
  const futureDated: Record<string, number> = {};
  for (const [table, column] of PAST_ONLY) {
    const n = count(`SELECT count(*) FROM ${table} WHERE deleted = 0 AND ${column} > ?`, today);
    if (n > 0) futureDated[`${table}.${column}`] = n;
  }
  const inconsistent: Record<string, number> = {
    'milestone done without a completion date': count(
      "SELECT count(*) FROM milestones WHERE deleted = 0 AND status = 'done' AND completed_date = ''",
    ),
    'milestone not done with a completion date': count(
      "SELECT count(*) FROM milestones WHERE deleted = 0 AND status <> 'done' AND completed_date <> ''",
    ),
    'closed ticket without a close date': count(
      "SELECT count(*) FROM support_tickets WHERE deleted = 0 AND status = 'closed' AND closed_date = ''",
    ),
    'open ticket with a close date': count(
      "SELECT count(*) FROM support_tickets WHERE deleted = 0 AND status <> 'closed' AND closed_date <> ''",
    ),
    'departed stakeholder without a date': count(
      "SELECT count(*) FROM stakeholders WHERE deleted = 0 AND status = 'departed' AND departed_date = ''",
    ),
    'active stakeholder with a departure date': count(
      "SELECT count(*) FROM stakeholders WHERE deleted = 0 AND status = 'active' AND departed_date <> ''",
    ),
  };
  for (const key of Object.keys(inconsistent))
    if (inconsistent[key] === 0) delete inconsistent[key];

  return {
    calibration,
    bandRates,
    npsBook: kpis.surveys.nps.value,
    npsByBand,
    healthRate: calibration.healthRate.rate,
    calls: { closed, right, share: closed ? right / closed : null, commitChurned, atRiskRenewed },
    accuracy: {
      error90: accuracy.reporting?.totals.error90 ?? null,
      error30: accuracy.reporting?.totals.error30 ?? null,
    },
    openRenewals: count(`SELECT count(*) ${open}`),
    openWithExpansion: count(`SELECT count(*) ${open} AND r.expected_change_minor > 0`),
    openWithContraction: count(`SELECT count(*) ${open} AND r.expected_change_minor < 0`),
    opportunities: count(
      "SELECT count(*) FROM expansion_opportunities WHERE deleted = 0 AND status = 'open'",
    ),
    opportunitiesInWindow: count(
      `SELECT count(*) FROM expansion_opportunities o
        WHERE o.deleted = 0 AND o.status = 'open' AND o.expected_close <> ''
          AND o.expected_close <= (SELECT date(min(c.end_date), '+90 days') ${open}
                                      AND r.account_id = o.account_id)`,
    ),
    forecastExpansion: {
      planned: expandedBy('planned'),
      opportunities: expandedBy('opportunities'),
    },
    futureDated,
    inconsistent,
  };
}
