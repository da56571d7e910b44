/** Everything the account page shows, read in one go. */
import { currentContract, lifecycleStage } from '../core/lifecycle/lifecycleStage';
import type { AccountDetail } from '../shared/api/views';
import type { LifecycleStage } from '../shared/domain/enums';
import { listAccountRecords } from '../db/repositories/recordRepository';
import { requireRecord } from './recordService';
import type { Workspace } from './workspace';

export function getAccountDetail(ws: Workspace, id: string): AccountDetail {
  const account = requireRecord(ws, 'accounts', id);
  const db = ws.db.sqlite;
  const contracts = listAccountRecords(db, 'contracts', id).sort((a, b) =>
    a.startDate.localeCompare(b.startDate),
  );
  const byDateDesc = <T extends { date: string }>(rows: T[]) =>
    rows.sort((a, b) => b.date.localeCompare(a.date));
  const today = ws.today();
  return {
    account,
    stage: lifecycleStage(contracts, today, account.stageOverride as LifecycleStage | ''),
    currentContractId: currentContract(contracts, today)?.id ?? null,
    contracts,
    renewals: listAccountRecords(db, 'renewals', id),
    stakeholders: listAccountRecords(db, 'stakeholders', id),
    touchpoints: byDateDesc(listAccountRecords(db, 'touchpoints', id)),
    actionItems: listAccountRecords(db, 'action_items', id),
    objectives: listAccountRecords(db, 'objectives', id),
    milestones: listAccountRecords(db, 'milestones', id).sort((a, b) =>
      a.dueDate.localeCompare(b.dueDate),
    ),
    // Two devices may each have created the checklist before syncing; the oldest one is the account's.
    handover: listAccountRecords(db, 'handovers', id)[0] ?? null,
    usageSnapshots: listAccountRecords(db, 'usage_snapshots', id).sort((a, b) =>
      a.date.localeCompare(b.date),
    ),
    surveyResponses: byDateDesc(listAccountRecords(db, 'survey_responses', id)),
    supportTickets: listAccountRecords(db, 'support_tickets', id).sort((a, b) =>
      b.openedDate.localeCompare(a.openedDate),
    ),
    expansionOpportunities: listAccountRecords(db, 'expansion_opportunities', id),
    productFeedback: byDateDesc(listAccountRecords(db, 'product_feedback', id)),
  };
}
