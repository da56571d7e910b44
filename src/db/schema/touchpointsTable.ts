import { sql } from 'drizzle-orm';
import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { list, str, syncedColumns, tombstoneIndex } from './columns';

export const touchpointsTable = sqliteTable(
  'touchpoints',
  {
    ...syncedColumns(),
    /** Where an import brought it from: `source:id` (e.g. `salesforce:0015g00000XyZ`), else ''. */
    externalId: str('external_id'),
    accountId: str('account_id'),
    date: str('date'),
    kind: str('kind'),
    summary: str('summary'),
    notes: str('notes'),
    sentiment: str('sentiment'),
    attendeeIds: list('attendee_ids'),
    internalAttendees: list('internal_attendees'),
    nextSteps: str('next_steps'),
  },
  (t) => [
    tombstoneIndex('touchpoints', t),
    index('touchpoints_external_idx')
      .on(t.externalId)
      .where(sql`external_id <> ''`),
    index('touchpoints_account_idx').on(t.accountId, t.date),
    // Covers health scoring's read of recent meetings and who attended, without the notes.
    index('touchpoints_recent_idx')
      .on(t.accountId, t.date, t.attendeeIds)
      .where(sql`deleted = 0`),
    // The same for every account at once over a window of days: a range of this index, not a
    // scan of the whole history.
    index('touchpoints_days_idx')
      .on(t.date, t.accountId, t.attendeeIds)
      .where(sql`deleted = 0`),
  ],
);
