import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { str, syncedColumns } from './columns';

export const alertActionsTable = sqliteTable(
  'alert_actions',
  {
    ...syncedColumns(),
    accountId: str('account_id'),
    alertType: str('alert_type'),
    action: str('action'),
    until: str('until'),
    note: str('note'),
    date: str('date'),
    author: str('author'),
  },
  (t) => [index('alert_actions_account_idx').on(t.accountId, t.alertType)],
);
