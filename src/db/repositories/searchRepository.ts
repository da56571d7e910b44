/** Full-text search over accounts, stakeholders and meeting notes (see drizzle/0001_search_index.sql). */
import type Database from 'better-sqlite3';

export interface SearchRow {
  kind: 'account' | 'stakeholder' | 'touchpoint';
  id: string;
  accountId: string;
  accountName: string;
  title: string;
  text: string;
}

/** `match` is an FTS5 expression from core/search/searchText; hides deleted records and orphans. */
export function searchIndex(db: Database.Database, match: string, limit: number): SearchRow[] {
  return db
    .prepare(
      `SELECT d.kind, d.ref_id AS id, d.account_id AS accountId, a.name AS accountName,
              COALESCE(s.name, t.summary, a.name) AS title,
              COALESCE(s.title || ' ' || s.email, t.notes || ' ' || t.next_steps, a.notes) AS text
       FROM search_fts f
       JOIN search_doc d ON d.rowid = f.rowid
       JOIN accounts a ON a.id = d.account_id AND a.deleted = 0
       LEFT JOIN stakeholders s ON d.kind = 'stakeholder' AND s.id = d.ref_id
       LEFT JOIN touchpoints t ON d.kind = 'touchpoint' AND t.id = d.ref_id
       WHERE search_fts MATCH ?
         AND COALESCE(s.deleted, t.deleted, 0) = 0
       ORDER BY bm25(search_fts, 5.0, 1.0)
       LIMIT ?`,
    )
    .all(match, limit) as SearchRow[];
}
