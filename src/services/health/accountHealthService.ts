/**
 * "Why this score" for one account: its health with every group and measure, the alerts firing
 * for it, a half-year history (daily snapshots where kept, else recomputed from the records dated
 * by then) and the CSM's latest pulse.
 */
import { addDays } from '../../core/dates';
import { computeHealth } from '../../core/health/healthScore';
import { bandOf } from '../../core/health/scorecard';
import type { AccountHealthView, HealthHistoryPoint } from '../../shared/api/views';
import { loadHealthAccounts } from '../../db/repositories/healthSignalsRepository';
import { snapshotHistory } from '../../db/repositories/healthStoreRepository';
import { prepared } from '../../db/preparedStatement';
import { listAlerts } from '../alerts/alertService';
import type { Workspace } from '../workspace';
import { ensureHealthCurrent } from './healthRefresh';
import { portfolioHealth } from './healthService';
import { currentScorecard } from './scorecardService';
import { ServiceError } from '../serviceError';

const HISTORY_WEEKS = 26;

function history(ws: Workspace, accountId: string, today: string, score: number) {
  const db = ws.db.sqlite;
  const from = addDays(today, -7 * HISTORY_WEEKS);
  const kept = new Map(snapshotHistory(db, accountId, from).map((s) => [s.date, s]));
  const scorecard = currentScorecard(ws);
  const points: HealthHistoryPoint[] = [];
  for (let week = HISTORY_WEEKS; week >= 1; week--) {
    const day = addDays(today, -7 * week);
    const snapshot = kept.get(day);
    if (snapshot) {
      points.push({
        date: day,
        score: snapshot.score,
        band: snapshot.band as HealthHistoryPoint['band'],
        reconstructed: false,
      });
      continue;
    }
    const [account] = loadHealthAccounts(db, day, accountId);
    if (!account?.signals.firstContractStart || account.signals.firstContractStart > day) continue;
    const result = computeHealth(account.signals, day, scorecard);
    points.push({ date: day, score: result.score, band: result.band, reconstructed: true });
  }
  points.push({ date: today, score, band: bandOf(score), reconstructed: false });
  return points;
}

export function accountHealthView(ws: Workspace, accountId: string): AccountHealthView {
  ensureHealthCurrent(ws);
  const [health] = portfolioHealth(ws, { accountId });
  if (!health) throw new ServiceError('not_found', `No account with id ${accountId}`);
  const pulse = prepared(
    ws.db.sqlite,
    `SELECT id, stars, date, note, author FROM csm_pulses
      WHERE deleted = 0 AND account_id = ? ORDER BY date DESC, created_at DESC LIMIT 1`,
  ).get(accountId) as AccountHealthView['pulse'] | undefined;
  return {
    accountId,
    asOf: health.asOf,
    score: health.score,
    band: health.band,
    trend: health.trend,
    profile: health.profile,
    scorecardVersion: health.scorecardVersion,
    groups: health.groups,
    drivers: health.drivers,
    stage: health.stage,
    alerts: listAlerts(ws, accountId),
    history: history(ws, accountId, health.asOf, health.score),
    pulse: pulse ?? null,
  };
}
