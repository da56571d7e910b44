/**
 * Health scores for the portfolio (DESIGN.md §4), computed locally from the records: per live,
 * not-churned account the score, band, scorecard version, every group and measure with its
 * inputs and points, the top drivers, and the trend (the score 30 days earlier, from the records
 * dated by then).
 */
import { addDays } from '../../core/dates';
import { DEFAULT_SCORECARD } from '../../core/health/defaultScorecard';
import { computeHealth, type HealthResult } from '../../core/health/healthScore';
import type { Scorecard } from '../../core/health/scorecard';
import { lifecycleStage } from '../../core/lifecycle/lifecycleStage';
import type { LifecycleStage } from '../../shared/domain/enums';
import { loadHealthAccounts } from '../../db/repositories/healthSignalsRepository';
import type { AccountSignals } from '../../core/health/accountSignals';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';

export interface AccountHealth extends HealthResult {
  accountId: string;
  name: string;
  owner: string;
  stage: LifecycleStage;
  asOf: string;
  /** Score now minus the score 30 days earlier (null when there was nothing to score then). */
  trend: number | null;
}

/** The signals as they stood on an earlier day: only what was dated by then. */
function signalsAsOf(signals: AccountSignals, day: string): AccountSignals {
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

export function portfolioHealth(
  ws: Workspace,
  options: {
    asOf?: string;
    accountId?: string;
    scorecard?: Scorecard;
    /** Also score each account 30 days earlier for the trend (a second pass). */
    trend?: boolean;
  } = {},
): AccountHealth[] {
  const asOf = options.asOf ?? ws.today();
  const scorecard = options.scorecard ?? DEFAULT_SCORECARD;
  const accounts = loadHealthAccounts(ws.db.sqlite, asOf, options.accountId ?? null);
  if (options.accountId && accounts.length === 0)
    throw new ServiceError('not_found', `No account with id ${options.accountId}`);
  const monthAgo = addDays(asOf, -30);
  const results: AccountHealth[] = [];
  for (const account of accounts) {
    const stage = lifecycleStage(
      account.contracts,
      asOf,
      account.stageOverride as LifecycleStage | '',
    );
    if (stage === 'churned' && !options.accountId) continue;
    const result = computeHealth(account.signals, asOf, scorecard);
    const hadContract = account.contracts.some(
      (c) => c.startDate !== '' && c.startDate <= monthAgo,
    );
    const before = hadContract
      ? computeHealth(signalsAsOf(account.signals, monthAgo), monthAgo, scorecard).score
      : null;
    results.push({
      ...result,
      accountId: account.id,
      name: account.name,
      owner: account.owner,
      stage,
      asOf,
      trend: before === null ? null : result.score - before,
    });
  }
  return results;
}

/** One account's health today, with its working (churned accounts included). */
export function accountHealth(ws: Workspace, accountId: string): AccountHealth {
  const [health] = portfolioHealth(ws, { accountId });
  if (!health) throw new ServiceError('not_found', `No account with id ${accountId}`);
  return health;
}
