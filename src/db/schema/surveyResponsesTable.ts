import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { int, str, syncedColumns } from './columns';

export const surveyResponsesTable = sqliteTable(
  'survey_responses',
  {
    ...syncedColumns(),
    accountId: str('account_id'),
    kind: str('kind'),
    score: int('score'),
    date: str('date'),
    stakeholderId: str('stakeholder_id'),
    respondent: str('respondent'),
    comment: str('comment'),
  },
  (t) => [index('survey_responses_account_idx').on(t.accountId, t.date)],
);
