import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { str, syncedColumns } from './columns';

export const productFeedbackTable = sqliteTable(
  'product_feedback',
  {
    ...syncedColumns(),
    accountId: str('account_id'),
    kind: str('kind'),
    area: str('area'),
    text: str('text'),
    status: str('status'),
    date: str('date'),
    stakeholderId: str('stakeholder_id'),
  },
  (t) => [index('product_feedback_account_idx').on(t.accountId)],
);
