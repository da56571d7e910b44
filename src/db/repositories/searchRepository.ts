/**
 * Full-text search over accounts, stakeholders and meeting notes (see drizzle/0001_search_index.sql).
 * Ranking by bm25 scores every match, which grows with the data (tens of ms for a common word in
 * a large portfolio), so results come in two tiers instead, each newest first: records whose
 * name or summary matches, then those whose text matches. Both tiers walk the index in rowid
 * order and stop as soon as enough live records are found.
 */
import type Database from 'better-sqlite3';
import { prepared } from '../preparedStatement';

export interface SearchRow {
  kind: 'account' | 'stakeholder' | 'touchpoint';
  id: string;
  accountId: string;
  accountName: string;
  title: string;
  date: string;
  text: string;
}

const HYDRATE = `
  SELECT d.kind, d.ref_id AS id, d.account_id AS accountId, a.name AS accountName,
         COALESCE(s.name, t.summary, a.name) AS title, COALESCE(t.date, '') AS date,
         COALESCE(s.title || ' ' || s.email, t.notes || ' ' || t.next_steps, a.notes) AS text
  FROM search_doc d
  JOIN accounts a ON a.id = d.account_id AND a.deleted = 0
  LEFT JOIN stakeholders s ON d.kind = 'stakeholder' AND s.id = d.ref_id
  LEFT JOIN touchpoints t ON d.kind = 'touchpoint' AND t.id = d.ref_id
  WHERE d.rowid = ? AND COALESCE(s.deleted, t.deleted, 0) = 0`;

/** `match` is an FTS5 expression from core/search/searchText. Hides deleted records and orphans. */
export function searchIndex(db: Database.Database, match: string, limit: number): SearchRow[] {
  const hydrate = prepared(db, HYDRATE);
  const tiers = [
    prepared(
      db,
      `SELECT rowid FROM search_fts WHERE search_fts MATCH 'title : (' || ? || ')' ORDER BY rowid DESC LIMIT ? OFFSET ?`,
    ),
    prepared(
      db,
      'SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?',
    ),
  ];
  const seen = new Set<number>();
  const rows: SearchRow[] = [];
  const batch = Math.max(limit * 2, 20);
  for (const tier of tiers) {
    for (let offset = 0; rows.length < limit; offset += batch) {
      const candidates = tier.pluck().all(match, batch, offset) as number[];
      for (const rowid of candidates) {
        if (seen.has(rowid)) continue;
        seen.add(rowid);
        const row = hydrate.get(rowid) as SearchRow | undefined;
        if (row) rows.push(row);
        if (rows.length >= limit) break;
      }
      if (candidates.length < batch) break;
    }
  }
  return rows;
}
