import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The alerts firing now (DESIGN.md §5), computed on this device and not synced: one per account
 * and type while its rule holds, with the rule's facts for the reason in words. A row goes when
 * its rule stops holding; whether it shows as open, snoozed or resolved comes from the synced
 * alert actions.
 */
export const alertsTable = sqliteTable(
  'alerts',
  {
    accountId: text('account_id').notNull(),
    type: text('type').notNull(),
    severity: text('severity').notNull(),
    /** The facts behind the reason, as JSON, for each host to put in words. */
    facts: text('facts').notNull(),
    /** The day this episode of the alert first fired. */
    firstSeen: text('first_seen').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.type] }),
    index('alerts_first_seen_idx').on(t.firstSeen),
  ],
);
