import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { str, syncedColumns, tombstoneIndex } from './columns';

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
  (t) => [
    tombstoneIndex('product_feedback', t),
    index('product_feedback_account_idx').on(t.accountId),
  ],
);
