import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { flag, str, syncedColumns, tombstoneIndex } from './columns';

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
  (t) => [tombstoneIndex('milestones', t), index('milestones_account_idx').on(t.accountId)],
);
