import { sql } from 'drizzle-orm';
import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { list, str, syncedColumns, tombstoneIndex } from './columns';

export const accountsTable = sqliteTable(
  'accounts',
  {
    ...syncedColumns(),
    /** Where an import brought it from: `source:id` (e.g. `salesforce:0015g00000XyZ`), else ''. */
    externalId: str('external_id'),
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
  },
  (t) => [
    tombstoneIndex('accounts', t),
    index('accounts_external_idx')
      .on(t.externalId)
      .where(sql`external_id <> ''`),
    // An import links a row to its account by the account's name.
    index('accounts_name_idx')
      .on(sql`trim(${t.name})`)
      .where(sql`deleted = 0`),
  ],
);
