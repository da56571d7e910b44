/** Search across accounts, stakeholders and meeting notes, in any script and by pinyin. */
import { matchRanges } from '../core/search/matchRanges';
import { searchQuery } from '../core/search/searchText';
import { SEARCH_KINDS, type SearchKind, type SearchResults } from '../shared/api/views';
import { searchIndex } from '../db/repositories/searchRepository';
import type { Workspace } from './workspace';

const SNIPPET_RADIUS = 60;

/** An excerpt of `text` around the first place any query word occurs. */
export function snippet(text: string, query: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const at =
    words
      .map((w) => lower.indexOf(w))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(flat.length, at + SNIPPET_RADIUS * 2);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

export interface SearchRequest {
  q: string;
  kinds?: readonly SearchKind[];
  offset?: number;
  limit?: number;
}

export function search(ws: Workspace, request: SearchRequest): SearchResults {
  const { q, kinds = SEARCH_KINDS, offset = 0, limit = 20 } = request;
  const none = { account: 0, stakeholder: 0, touchpoint: 0 };
  const match = searchQuery(q);
  if (!match || kinds.length === 0) return { hits: [], total: 0, counts: none, offset };
  const page = searchIndex(ws.db.sqlite, match, kinds, offset, limit);
  return {
    total: page.total,
    counts: page.counts,
    offset,
    hits: page.rows.map((row) => {
      const excerpt = snippet(row.text, q);
      return {
        kind: row.kind,
        id: row.id,
        accountId: row.accountId,
        accountName: row.accountName,
        owner: row.owner,
        title: row.title,
        date: row.date,
        snippet: excerpt,
        marks: {
          title: matchRanges(row.title, q),
          owner: row.kind === 'account' ? matchRanges(row.owner, q) : [],
          snippet: matchRanges(excerpt, q),
        },
      };
    }),
  };
}
