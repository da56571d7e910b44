/** The portfolio list: every live account with its contract in force, ARR, renewal date and stage. */
import { currentContract, lifecycleStage } from '../core/lifecycle/lifecycleStage';
import type { PortfolioRow } from '../shared/api/views';
import type { LifecycleStage, Segment } from '../shared/domain/enums';
import {
  listPortfolioAccounts,
  listPortfolioContracts,
  type PortfolioContractRow,
} from '../db/repositories/portfolioRepository';
import type { Workspace } from './workspace';

export function listPortfolio(ws: Workspace): PortfolioRow[] {
  const today = ws.today();
  const contractsByAccount = new Map<string, PortfolioContractRow[]>();
  for (const contract of listPortfolioContracts(ws.db.sqlite)) {
    const list = contractsByAccount.get(contract.accountId);
    if (list) list.push(contract);
    else contractsByAccount.set(contract.accountId, [contract]);
  }
  return listPortfolioAccounts(ws.db.sqlite).map((account) => {
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
    };
  });
}
