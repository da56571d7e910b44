import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { str, syncedColumns } from './columns';

export const supportTicketsTable = sqliteTable(
  'support_tickets',
  {
    ...syncedColumns(),
    accountId: str('account_id'),
    subject: str('subject'),
    severity: str('severity'),
    status: str('status'),
    openedDate: str('opened_date'),
    closedDate: str('closed_date'),
    externalRef: str('external_ref'),
  },
  (t) => [index('support_tickets_account_idx').on(t.accountId)],
);
