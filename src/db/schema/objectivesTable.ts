import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { nullableNum, str, syncedColumns, tombstoneIndex } from './columns';

export const objectivesTable = sqliteTable(
  'objectives',
  {
    ...syncedColumns(),
    accountId: str('account_id'),
    title: str('title'),
    metric: str('metric'),
    startValue: nullableNum('start_value'),
    targetValue: nullableNum('target_value'),
    currentValue: nullableNum('current_value'),
    targetDate: str('target_date'),
    status: str('status'),
  },
  (t) => [tombstoneIndex('objectives', t), index('objectives_account_idx').on(t.accountId)],
);
