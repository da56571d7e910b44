/** Open expansion opportunities with an expected close date, as the renewal forecast counts them. */
import type Database from 'better-sqlite3';
import type { OpenOpportunity } from '../../core/forecast/expansionOpportunities';
import { prepared } from '../preparedStatement';

/** The open opportunities of the given accounts that say when they should close. */
export function loadOpenOpportunities(
  db: Database.Database,
  accountIds: string[],
): OpenOpportunity[] {
  if (accountIds.length === 0) return [];
  return prepared(
    db,
    `SELECT o.id, o.account_id AS accountId, o.title, o.currency, o.amount_minor AS amountMinor,
            o.probability, o.expected_close AS expectedClose
       FROM expansion_opportunities o
      WHERE o.deleted = 0 AND o.status = 'open' AND o.expected_close <> ''
        AND o.account_id IN (SELECT value FROM json_each(?))
      ORDER BY o.account_id, o.expected_close, o.id`,
  ).all(JSON.stringify(accountIds)) as OpenOpportunity[];
}
