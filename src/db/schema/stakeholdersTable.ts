import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { flag, int, str, syncedColumns } from './columns';

export const stakeholdersTable = sqliteTable(
  'stakeholders',
  {
    ...syncedColumns(),
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
  (t) => [index('stakeholders_account_idx').on(t.accountId)],
);
