/**
 * The calibration view (DESIGN.md §4): closed renewals of the last twelve months, each judged by
 * the account's band 90 days before its contract ended — the band a forecast would have used —
 * from the snapshot kept that day or, without one, the records dated by then. Each renewal's band
 * is worked out once per scorecard version and kept, so the view stays instant as renewals close.
 */
import { calibrate, type ClosedOutcome } from '../../core/health/calibration';
import { computeHealth } from '../../core/health/healthScore';
import { addDays } from '../../core/dates';
import type { CalibrationView } from '../../shared/api/views';
import type { Band } from '../../shared/domain/healthEnums';
import { loadHealthAccounts } from '../../db/repositories/healthSignalsRepository';
import { listScores } from '../../db/repositories/healthStoreRepository';
import { prepared } from '../../db/preparedStatement';
import type { Workspace } from '../workspace';
import { ensureHealthCurrent } from './healthRefresh';
import { currentScorecard } from './scorecardService';

const LOOKBACK_DAYS = 365;
const LEAD_DAYS = 90;

export function calibrationView(ws: Workspace): CalibrationView {
  ensureHealthCurrent(ws);
  const db = ws.db.sqlite;
  const today = ws.today();
  const scorecard = currentScorecard(ws);
  const closed = prepared(
    db,
    `SELECT r.id, r.account_id AS accountId, r.outcome, c.end_date AS endDate,
            b.band AS keptBand
       FROM renewals r JOIN contracts c ON c.id = r.contract_id AND c.deleted = 0
       JOIN accounts a ON a.id = r.account_id AND a.deleted = 0
       LEFT JOIN renewal_bands b ON b.renewal_id = r.id AND b.scorecard_version = ? AND b.day = date(c.end_date, '-${LEAD_DAYS} days')
      WHERE r.deleted = 0 AND r.outcome IN ('renewed', 'churned') AND c.end_date > ? AND c.end_date <= ?`,
  ).all(scorecard.version, addDays(today, -LOOKBACK_DAYS), today) as {
    id: string;
    accountId: string;
    outcome: string;
    endDate: string;
    keptBand: Band | null;
  }[];
  const snapshot = prepared(
    db,
    'SELECT band FROM health_snapshots WHERE account_id = ? AND date = ?',
  ).pluck();
  const keep = prepared(
    db,
    `INSERT INTO renewal_bands (renewal_id, day, scorecard_version, band) VALUES (?, ?, ?, ?)
     ON CONFLICT (renewal_id) DO UPDATE SET day = excluded.day,
       scorecard_version = excluded.scorecard_version, band = excluded.band`,
  );
  const outcomes: ClosedOutcome[] = [];
  db.transaction(() => {
    for (const r of closed) {
      let band = r.keptBand ?? undefined;
      if (!band) {
        const day = addDays(r.endDate, -LEAD_DAYS);
        band = snapshot.get(r.accountId, day) as Band | undefined;
        if (!band) {
          const [account] = loadHealthAccounts(db, day, r.accountId);
          if (!account) continue;
          band = computeHealth(account.signals, day, scorecard).band;
        }
        keep.run(r.id, day, scorecard.version, band);
      }
      outcomes.push({ band, renewed: r.outcome === 'renewed' });
    }
  })();
  const scores = listScores(db);
  const green = scores.filter((s) => s.band === 'green').length;
  return {
    asOf: today,
    ...calibrate(outcomes),
    healthRate: {
      green,
      active: scores.length,
      rate: scores.length ? green / scores.length : null,
    },
  };
}
