/** The team's stored exchange rates (synced records), live ones only. */
import type Database from 'better-sqlite3';
import type { ExchangeRate } from '../../core/money/exchangeRates';
import { prepared } from '../preparedStatement';

export interface StoredExchangeRate extends ExchangeRate {
  note: string;
  author: string;
}

export function listExchangeRates(db: Database.Database): StoredExchangeRate[] {
  return prepared(
    db,
    `SELECT id, from_currency AS "from", to_currency AS "to", rate, effective_date AS effectiveDate,
            created_at AS createdAt, note, author
       FROM exchange_rates WHERE deleted = 0 AND rate > 0
      ORDER BY from_currency, to_currency, effective_date DESC, created_at DESC, id DESC`,
  ).all() as StoredExchangeRate[];
}
