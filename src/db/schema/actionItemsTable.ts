import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { str, syncedColumns, tombstoneIndex } from './columns';

export const actionItemsTable = sqliteTable(
  'action_items',
  {
    ...syncedColumns(),
    accountId: str('account_id'),
    touchpointId: str('touchpoint_id'),
    milestoneId: str('milestone_id'),
    title: str('title'),
    owner: str('owner'),
    dueDate: str('due_date'),
    status: str('status'),
  },
  (t) => [tombstoneIndex('action_items', t), index('action_items_account_idx').on(t.accountId)],
);
