import { sql } from 'drizzle-orm';
import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { flag, int, str, syncedColumns, tombstoneIndex } from './columns';

export const stakeholdersTable = sqliteTable(
  'stakeholders',
  {
    ...syncedColumns(),
    /** Where an import brought it from: `source:id` (e.g. `salesforce:0015g00000XyZ`), else ''. */
    externalId: str('external_id'),
    accountId: str('account_id'),
    name: str('name'),
    title: str('title'),
    email: str('email'),
    phone: str('phone'),
    role: str('role'),
    influence: int('influence'),
    sentiment: str('sentiment'),
    reportsTo: str('reports_to'),
    isUser: flag('is_user'),
    status: str('status'),
    departedDate: str('departed_date'),
  },
  (t) => [
    tombstoneIndex('stakeholders', t),
    index('stakeholders_external_idx')
      .on(t.externalId)
      .where(sql`external_id <> ''`),
    index('stakeholders_account_idx').on(t.accountId),
    // An import finds a contact without an id by its email, else its name, within its account.
    index('stakeholders_email_idx')
      .on(t.accountId, t.email)
      .where(sql`deleted = 0`),
    index('stakeholders_name_idx')
      .on(t.accountId, t.name)
      .where(sql`deleted = 0`),
  ],
);
