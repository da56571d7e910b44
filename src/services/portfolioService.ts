/**
 * The portfolio list: every live account with its contract in force, ARR, renewal date, stage,
 * stored health and open alerts.
 */
import type { Lang } from '../shared/format/formatters';
import { currentContract, lifecycleStage } from '../core/lifecycle/lifecycleStage';
import type { PortfolioRow } from '../shared/api/views';
import type { LifecycleStage, Segment } from '../shared/domain/enums';
import {
  listPortfolioAccounts,
  listPortfolioContracts,
  type PortfolioContractRow,
} from '../db/repositories/portfolioRepository';
import { listScores } from '../db/repositories/healthStoreRepository';
import type { AlertView, HealthSummary } from '../shared/api/views';
import type { Band } from '../shared/domain/healthEnums';
import { listAlerts } from './alerts/alertService';
import { ensureHealthCurrent } from './health/healthRefresh';
import type { Workspace } from './workspace';

/** Each scored account's stored health summary. */
export function healthSummaries(ws: Workspace): Map<string, HealthSummary> {
  ensureHealthCurrent(ws);
  return new Map(
    listScores(ws.db.sqlite).map((s) => [
      s.accountId,
      {
        score: s.score,
        band: s.band as Band,
        trend: s.trend,
        scorecardVersion: s.scorecardVersion,
      },
    ]),
  );
}

export function listPortfolio(ws: Workspace): PortfolioRow[] {
  return portfolioWithAlerts(ws).rows;
}

/** The portfolio rows and the alerts they count, read once for views that show both. */
export function portfolioWithAlerts(
  ws: Workspace,
  lang: Lang = 'en',
): { rows: PortfolioRow[]; alerts: AlertView[] } {
  const today = ws.today();
  const contractsByAccount = new Map<string, PortfolioContractRow[]>();
  for (const contract of listPortfolioContracts(ws.db.sqlite)) {
    const list = contractsByAccount.get(contract.accountId);
    if (list) list.push(contract);
    else contractsByAccount.set(contract.accountId, [contract]);
  }
  const health = healthSummaries(ws);
  const alerts = listAlerts(ws, null, lang);
  const openAlerts = new Map<string, number>();
  for (const alert of alerts)
    if (alert.state === 'open')
      openAlerts.set(alert.accountId, (openAlerts.get(alert.accountId) ?? 0) + 1);
  const rows = listPortfolioAccounts(ws.db.sqlite).map((account) => {
    const contracts = contractsByAccount.get(account.id) ?? [];
    const current = currentContract(contracts, today);
    return {
      id: account.id,
      name: account.name,
      industry: account.industry,
      segment: account.segment as Segment,
      region: account.region,
      owner: account.owner,
      tags: account.tags,
      currency: current?.currency ?? account.currency,
      arrMinor: current?.arrMinor ?? 0,
      renewalDate: current?.endDate ?? '',
      stage: lifecycleStage(contracts, today, account.stageOverride as LifecycleStage | ''),
      health: health.get(account.id) ?? null,
      openAlerts: openAlerts.get(account.id) ?? 0,
    };
  });
  return { rows, alerts };
}
