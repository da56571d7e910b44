import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { flag, str, syncedColumns } from './columns';

export const milestonesTable = sqliteTable(
  'milestones',
  {
    ...syncedColumns(),
    accountId: str('account_id'),
    objectiveId: str('objective_id'),
    title: str('title'),
    dueDate: str('due_date'),
    status: str('status'),
    completedDate: str('completed_date'),
    onboarding: flag('onboarding'),
  },
  (t) => [index('milestones_account_idx').on(t.accountId)],
);
