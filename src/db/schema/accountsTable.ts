import { sqliteTable } from 'drizzle-orm/sqlite-core';
import { list, str, syncedColumns } from './columns';

export const accountsTable = sqliteTable('accounts', {
  ...syncedColumns(),
  name: str('name'),
  industry: str('industry'),
  segment: str('segment'),
  region: str('region'),
  owner: str('owner'),
  stageOverride: str('stage_override'),
  stageOverrideReason: str('stage_override_reason'),
  tags: list('tags'),
  currency: str('currency'),
  website: str('website'),
  notes: str('notes'),
});
