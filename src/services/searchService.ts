/** Search across accounts, stakeholders and meeting notes, in any script. */
import { searchQuery } from '../core/search/searchText';
import type { SearchHit } from '../shared/api/views';
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

export function search(ws: Workspace, q: string, limit: number): SearchHit[] {
  const match = searchQuery(q);
  if (!match) return [];
  return searchIndex(ws.db.sqlite, match, limit).map((row) => ({
    kind: row.kind,
    id: row.id,
    accountId: row.accountId,
    accountName: row.accountName,
    title: row.title,
    date: row.date,
    snippet: snippet(row.text, q),
  }));
}
