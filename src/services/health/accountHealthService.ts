/**
 * "Why this score" for one account: its health with every group and measure — or why it has no
 * score today — the alerts firing for it, a half-year history (each week scored from the records
 * as they stood at the end of that day, as `health --as-of` does) and the CSM's latest pulse.
 */
import { addDays } from '../../core/dates';
import { lifecycleStage } from '../../core/lifecycle/lifecycleStage';
import type { LifecycleStage } from '../../shared/domain/enums';
import type { AccountHealthView, HealthHistoryPoint } from '../../shared/api/views';
import { loadHealthAccounts } from '../../db/repositories/healthSignalsRepository';
import { prepared } from '../../db/preparedStatement';
import { listAlerts } from '../alerts/alertService';
import type { Workspace } from '../workspace';
import { ensureHealthCurrent } from './healthRefresh';
import { notScoredReason, portfolioHealth, scoreOn } from './healthService';
import { currentScorecard } from './scorecardService';

const HISTORY_WEEKS = 26;

function history(ws: Workspace, accountId: string, today: string): HealthHistoryPoint[] {
  const db = ws.db.sqlite;
  const scorecard = currentScorecard(ws);
  const points: HealthHistoryPoint[] = [];
  for (let week = HISTORY_WEEKS; week >= 0; week--) {
    const day = addDays(today, -7 * week);
    const [account] = loadHealthAccounts(db, day, accountId);
    const result = account ? scoreOn(account, day, scorecard) : null;
    if (result) points.push({ date: day, score: result.score, band: result.band });
  }
  return points;
}

export function accountHealthView(ws: Workspace, accountId: string): AccountHealthView {
  ensureHealthCurrent(ws);
  const today = ws.today();
  const reason = notScoredReason(ws, accountId, today);
  const pulse = prepared(
    ws.db.sqlite,
    `SELECT id, stars, date, note, author FROM csm_pulses
      WHERE deleted = 0 AND account_id = ? ORDER BY date DESC, created_at DESC LIMIT 1`,
  ).get(accountId) as AccountHealthView['pulse'] | undefined;
  const common = {
    accountId,
    asOf: today,
    alerts: listAlerts(ws, accountId),
    history: history(ws, accountId, today),
    pulse: pulse ?? null,
  };
  if (reason) {
    const [account] = loadHealthAccounts(ws.db.sqlite, today, accountId);
    const stage = lifecycleStage(
      account?.contracts ?? [],
      today,
      (account?.stageOverride ?? '') as LifecycleStage | '',
    );
    return { ...common, scored: false, reason, stage };
  }
  const [health] = portfolioHealth(ws, { accountId });
  if (!health) throw new Error(`account ${accountId} is scored but has no score`);
  return {
    ...common,
    scored: true,
    score: health.score,
    band: health.band,
    trend: health.trend,
    profile: health.profile,
    scorecardVersion: health.scorecardVersion,
    groups: health.groups,
    drivers: health.drivers,
    stage: health.stage,
  };
}
