/**
 * Health scores computed from the records (DESIGN.md §4): per account scored on the day the
 * score, band, scorecard version, every group and measure with its inputs and points, the top
 * drivers, and the trend — the same computation for the day 30 before subtracted, none when the
 * account was not scored then. Every input is taken as it stood at the end of the day, so a past
 * day gives the score the app would have shown that evening from today's records.
 */
import { reportProgress, stopIfCancelled } from '../taskContext';
import { addDays } from '../../core/dates';
import { computeHealth, healthScoreOn, type HealthResult } from '../../core/health/healthScore';
import { bandOf, type Band, type Scorecard } from '../../core/health/scorecard';
import { scoringOn, type NotScoredReason } from '../../core/health/scoredOn';
import { dueForRenewal, lifecycleStage } from '../../core/lifecycle/lifecycleStage';
import type { LifecycleStage } from '../../shared/domain/enums';
import {
  loadHealthAccounts,
  type HealthAccount,
} from '../../db/repositories/healthSignalsRepository';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';
import { currentScorecard } from './scorecardService';

export const TREND_DAYS = 30;

export interface AccountHealth extends HealthResult {
  accountId: string;
  name: string;
  owner: string;
  stage: LifecycleStage;
  asOf: string;
  /** Score on the day minus the score 30 days before (null when not scored then). */
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

/** The score alone of an account on a day, or null when it was not scored that day. */
export function scoreNumberOn(
  account: HealthAccount,
  day: string,
  scorecard: Scorecard,
): number | null {
  if (!scoringOn(account.contracts, day, account.stageOverride).scored) return null;
  return healthScoreOn(account.signals, day, scorecard);
}

/** The score of an account on a day, or null when it was not scored that day. */
export function scoreOn(
  account: HealthAccount,
  day: string,
  scorecard: Scorecard,
): HealthResult | null {
  if (!scoringOn(account.contracts, day, account.stageOverride).scored) return null;
  return computeHealth(account.signals, day, scorecard);
}

/**
 * Scores the given accounts as of a day; those not scored that day are left out. `kept` holds
 * scores of the day 30 before that are known to equal their recomputation (kept snapshots the
 * records have not reached back to since); the others are computed.
 */
export function scoreAccounts(
  accounts: HealthAccount[],
  asOf: string,
  scorecard: Scorecard,
  kept: ReadonlyMap<string, number> = new Map(),
): ScoredAccount[] {
  const monthAgo = addDays(asOf, -TREND_DAYS);
  const scored: ScoredAccount[] = [];
  let seen = 0;
  for (const account of accounts) {
    if (++seen % 500 === 0) {
      // Nothing is stored until every account is scored: stopping here changes nothing.
      stopIfCancelled('Stopped: no score was changed.');
      reportProgress(seen, accounts.length);
    }
    const result = scoreOn(account, asOf, scorecard);
    if (!result) continue;
    const before = kept.get(account.id) ?? scoreNumberOn(account, monthAgo, scorecard);
    const due = dueForRenewal(account.contracts, asOf);
    scored.push({
      account,
      health: {
        ...result,
        accountId: account.id,
        name: account.name,
        owner: account.owner,
        stage: lifecycleStage(
          account.contracts,
          asOf,
          account.stageOverride as LifecycleStage | '',
        ),
        asOf,
        trend: before === null ? null : result.score - before,
      },
      scoreBefore: before,
      bandBefore: before === null ? null : bandOf(before),
      renewalDue: due ? { endDate: due.endDate } : null,
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
  return scoreAccounts(accounts, asOf, options.scorecard ?? currentScorecard(ws)).map(
    (s) => s.health,
  );
}

/** Why an account has no score on a day, or null when it has one. */
export function notScoredReason(
  ws: Workspace,
  accountId: string,
  asOf: string = ws.today(),
): NotScoredReason | null {
  const [account] = loadHealthAccounts(ws.db.sqlite, asOf, accountId);
  if (!account) throw new ServiceError('not_found', `No account with id ${accountId}`);
  const scoring = scoringOn(account.contracts, asOf, account.stageOverride);
  return scoring.scored ? null : scoring.reason;
}
