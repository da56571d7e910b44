/**
 * The calibration view (DESIGN.md §4): closed renewals of the last twelve months, each judged by
 * the account's band 90 days before its contract ended — the band a forecast would have used —
 * from the snapshot kept that day or, without one, the records dated by then (kept once worked
 * out, so the view stays instant as renewals close). The renewal forecast reads the same outcomes
 * for its system probabilities, and the Brier score is that of those probabilities: each band's
 * own renewal rate where it has enough closed renewals, else its default.
 */
import { calibrate } from '../../core/health/calibration';
import { addDays } from '../../core/dates';
import { systemProbabilities, type DatedOutcome } from '../../core/forecast/systemProbability';
import { BANDS, type Band } from '../../shared/domain/healthEnums';
import type { CalibrationView } from '../../shared/api/views';
import { listScores } from '../../db/repositories/healthStoreRepository';
import { prepared } from '../../db/preparedStatement';
import type { Workspace } from '../workspace';
import { ensureHealthCurrent } from './healthRefresh';
import { bandKey, bandsOn } from './pastBands';

const LOOKBACK_DAYS = 365;
export const CALIBRATION_LEAD_DAYS = 90;

/** Closed renewals whose contract ended in (afterEnd, toEnd], with their account's band then. */
export function closedRenewalOutcomes(
  ws: Workspace,
  afterEnd: string,
  toEnd: string,
): DatedOutcome[] {
  const closed = prepared(
    ws.db.sqlite,
    `SELECT r.account_id AS accountId, r.outcome, r.closed_date AS closedDate, c.end_date AS endDate
       FROM renewals r JOIN contracts c ON c.id = r.contract_id AND c.deleted = 0
       JOIN accounts a ON a.id = r.account_id AND a.deleted = 0
      WHERE r.deleted = 0 AND r.outcome IN ('renewed', 'churned') AND c.end_date > ? AND c.end_date <= ?
      ORDER BY c.end_date, r.id`,
  ).all(afterEnd, toEnd) as {
    accountId: string;
    outcome: string;
    closedDate: string;
    endDate: string;
  }[];
  const dayOf = (endDate: string) => addDays(endDate, -CALIBRATION_LEAD_DAYS);
  const bands = bandsOn(
    ws,
    closed.map((r) => ({ accountId: r.accountId, day: dayOf(r.endDate) })),
  );
  const outcomes: DatedOutcome[] = [];
  for (const r of closed) {
    const band = bands.get(bandKey(r.accountId, dayOf(r.endDate)));
    if (band)
      outcomes.push({
        band,
        renewed: r.outcome === 'renewed',
        endDate: r.endDate,
        closedDate: r.closedDate,
      });
  }
  return outcomes;
}

export function calibrationView(ws: Workspace): CalibrationView {
  ensureHealthCurrent(ws);
  const today = ws.today();
  const outcomes = closedRenewalOutcomes(ws, addDays(today, -LOOKBACK_DAYS), today).filter(
    (o) => o.closedDate <= today,
  );
  // The probabilities today's forecast uses, from these very outcomes.
  const system = systemProbabilities(outcomes, today);
  const probability = Object.fromEntries(BANDS.map((b) => [b, system[b].probability])) as Record<
    Band,
    number
  >;
  const calibration = calibrate(outcomes, probability);
  const scores = listScores(ws.db.sqlite);
  const green = scores.filter((s) => s.band === 'green').length;
  return {
    asOf: today,
    ...calibration,
    bands: calibration.bands.map((b) => ({ ...b, calibrated: system[b.band].calibrated })),
    healthRate: {
      green,
      active: scores.length,
      rate: scores.length ? green / scores.length : null,
    },
  };
}
