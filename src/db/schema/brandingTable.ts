import { sqliteTable } from 'drizzle-orm/sqlite-core';
import { str, syncedColumns } from './columns';

/** The team's deck branding (one row, synced). */
export const brandingTable = sqliteTable('branding', {
  ...syncedColumns(),
  companyName: str('company_name'),
  accentColor: str('accent_color'),
  logo: str('logo'),
  author: str('author'),
});
