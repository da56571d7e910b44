import { sqliteTable } from 'drizzle-orm/sqlite-core';
import { int, str, syncedColumns } from './columns';

export const scorecardsTable = sqliteTable('scorecards', {
  ...syncedColumns(),
  version: int('version'),
  definition: str('definition'),
  note: str('note'),
  author: str('author'),
});
