import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { flag, str, syncedColumns } from './columns';

export const handoversTable = sqliteTable(
  'handovers',
  {
    ...syncedColumns(),
    accountId: str('account_id'),
    salesOwner: str('sales_owner'),
    opportunityRef: str('opportunity_ref'),
    contactsDone: flag('contacts_done'),
    contactsNote: str('contacts_note'),
    contractDetailsDone: flag('contract_details_done'),
    contractDetailsNote: str('contract_details_note'),
    needsExpectationsDone: flag('needs_expectations_done'),
    needsExpectationsNote: str('needs_expectations_note'),
    historyDone: flag('history_done'),
    historyNote: str('history_note'),
    implementationPlanDone: flag('implementation_plan_done'),
    implementationPlanNote: str('implementation_plan_note'),
    supportNeedsDone: flag('support_needs_done'),
    supportNeedsNote: str('support_needs_note'),
    keyStakeholdersDone: flag('key_stakeholders_done'),
    keyStakeholdersNote: str('key_stakeholders_note'),
    expectedProblemsDone: flag('expected_problems_done'),
    expectedProblemsNote: str('expected_problems_note'),
    salesFeedbackDone: flag('sales_feedback_done'),
    salesFeedbackNote: str('sales_feedback_note'),
  },
  (t) => [index('handovers_account_idx').on(t.accountId)],
);
