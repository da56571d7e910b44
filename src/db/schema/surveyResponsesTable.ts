import { sql } from 'drizzle-orm';
import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { int, str, syncedColumns, tombstoneIndex } from './columns';

export const surveyResponsesTable = sqliteTable(
  'survey_responses',
  {
    ...syncedColumns(),
    /** Where an import brought it from: `source:id` (e.g. `salesforce:0015g00000XyZ`), else ''. */
    externalId: str('external_id'),
    accountId: str('account_id'),
    kind: str('kind'),
    score: int('score'),
    date: str('date'),
    stakeholderId: str('stakeholder_id'),
    respondent: str('respondent'),
    comment: str('comment'),
  },
  (t) => [
    tombstoneIndex('survey_responses', t),
    index('survey_responses_external_idx')
      .on(t.externalId)
      .where(sql`external_id <> ''`),
    index('survey_responses_account_idx').on(t.accountId, t.date),
  ],
);
