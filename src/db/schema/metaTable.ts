import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Local key/value facts about this replica (node id, preferences). Never synced. */
export const metaTable = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
