import { sql } from 'drizzle-orm';
import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { str, syncedColumns, tombstoneIndex } from './columns';

export const supportTicketsTable = sqliteTable(
  'support_tickets',
  {
    ...syncedColumns(),
    /** Where an import brought it from: `source:id` (e.g. `salesforce:0015g00000XyZ`), else ''. */
    externalId: str('external_id'),
    accountId: str('account_id'),
    subject: str('subject'),
    severity: str('severity'),
    status: str('status'),
    openedDate: str('opened_date'),
    closedDate: str('closed_date'),
    externalRef: str('external_ref'),
  },
  (t) => [
    tombstoneIndex('support_tickets', t),
    index('support_tickets_external_idx')
      .on(t.externalId)
      .where(sql`external_id <> ''`),
    index('support_tickets_account_idx').on(t.accountId),
  ],
);
