/**
 * Health scores computed from the records (DESIGN.md §4): per live account the score, band,
 * scorecard version, every group and measure with its inputs and points, the top drivers, and
 * the trend against the score 30 days earlier — the daily snapshot of that day where one was
 * kept, else the score the records dated by then give.
 */
import { addDays } from '../../core/dates';
import { computeHealth, type HealthResult } from '../../core/health/healthScore';
import { bandOf, type Band, type Scorecard } from '../../core/health/scorecard';
import { dueForRenewal, lifecycleStage } from '../../core/lifecycle/lifecycleStage';
import type { LifecycleStage } from '../../shared/domain/enums';
import {
  loadHealthAccounts,
  type HealthAccount,
} from '../../db/repositories/healthSignalsRepository';
import { snapshotScores } from '../../db/repositories/healthStoreRepository';
import type { AccountSignals } from '../../core/health/accountSignals';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';
import { currentScorecard } from './scorecardService';

export interface AccountHealth extends HealthResult {
  accountId: string;
  name: string;
  owner: string;
  stage: LifecycleStage;
  asOf: string;
  /** Score now minus the score 30 days earlier (null when there was nothing to score then). */
  trend: number | null;
}

export interface ScoredAccount {
  account: HealthAccount;
  health: AccountHealth;
  scoreBefore: number | null;
  bandBefore: Band | null;
  /** The contract in force when it ends within the renewal window with no follow-on. */
  renewalDue: { endDate: string } | null;
}

/** The signals as they stood on an earlier day: only what was dated by then. */
export function signalsAsOf(signals: AccountSignals, day: string): AccountSignals {
  return {
    ...signals,
    usage: signals.usage.filter((u) => u.date <= day),
    touchpoints: signals.touchpoints.filter((t) => t.date <= day),
    // The last touchpoint of all may be later than that day; the listed ones then decide.
    lastTouchpointDate: signals.lastTouchpointDate <= day ? signals.lastTouchpointDate : '',
    surveys: signals.surveys.filter((s) => s.date <= day),
    pulse: signals.pulse && signals.pulse.date <= day ? signals.pulse : null,
  };
}

function renewalDue(account: HealthAccount, asOf: string): { endDate: string } | null {
  const due = dueForRenewal(account.contracts, asOf);
  return due ? { endDate: due.endDate } : null;
}

/** Scores the given accounts as of a day; churned ones only when asked to. */
export function scoreAccounts(
  accounts: HealthAccount[],
  asOf: string,
  scorecard: Scorecard,
  options: { includeChurned?: boolean; snapshots?: Map<string, number> } = {},
): ScoredAccount[] {
  const monthAgo = addDays(asOf, -30);
  const scored: ScoredAccount[] = [];
  for (const account of accounts) {
    const stage = lifecycleStage(
      account.contracts,
      asOf,
      account.stageOverride as LifecycleStage | '',
    );
    if (stage === 'churned' && !options.includeChurned) continue;
    const result = computeHealth(account.signals, asOf, scorecard);
    const hadContract = account.contracts.some(
      (c) => c.startDate !== '' && c.startDate <= monthAgo,
    );
    const before = !hadContract
      ? null
      : (options.snapshots?.get(account.id) ??
        computeHealth(signalsAsOf(account.signals, monthAgo), monthAgo, scorecard).score);
    scored.push({
      account,
      health: {
        ...result,
        accountId: account.id,
        name: account.name,
        owner: account.owner,
        stage,
        asOf,
        trend: before === null ? null : result.score - before,
      },
      scoreBefore: before,
      bandBefore: before === null ? null : bandOf(before),
      renewalDue: renewalDue(account, asOf),
    });
  }
  return scored;
}

export function portfolioHealth(
  ws: Workspace,
  options: { asOf?: string; accountId?: string; scorecard?: Scorecard } = {},
): AccountHealth[] {
  const asOf = options.asOf ?? ws.today();
  const accounts = loadHealthAccounts(ws.db.sqlite, asOf, options.accountId ?? null);
  if (options.accountId && accounts.length === 0)
    throw new ServiceError('not_found', `No account with id ${options.accountId}`);
  const snapshots = snapshotScores(ws.db.sqlite, addDays(asOf, -30), options.accountId ?? null);
  return scoreAccounts(accounts, asOf, options.scorecard ?? currentScorecard(ws), {
    includeChurned: Boolean(options.accountId),
    snapshots,
  }).map((s) => s.health);
}
