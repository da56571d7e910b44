/**
 * Full-text search over accounts, stakeholders and meeting notes (drizzle/0001_search_index.sql,
 * 0012_search_pinyin.sql). The index holds live records only, a `kind` column and rowids that
 * grow with the record's day, so every figure comes from the index alone: counts by kind are
 * doclist counts, and a page walks one tier's rowids downwards (newest first) from an offset.
 * Tiers, in order: accounts and people whose name (or its pinyin, or the account owner's name)
 * matches; notes whose summary matches; every other match.
 */
import type Database from 'better-sqlite3';
import { SEARCH_KINDS, type SearchKind } from '../../shared/api/views';
import { prepared } from '../preparedStatement';

export interface SearchRow {
  kind: SearchKind;
  id: string;
  accountId: string;
  accountName: string;
  owner: string;
  title: string;
  date: string;
  text: string;
}

export interface SearchIndexPage {
  rows: SearchRow[];
  /** Every live match of each kind, whatever the filter. */
  counts: Record<SearchKind, number>;
  /** Matches of the kinds asked for. */
  total: number;
}

/** search_fts rowids are day × 2^24 + the search_doc rowid. */
const DOC_ROWID_SPAN = 16_777_216;

const HYDRATE = `
  SELECT d.kind, d.ref_id AS id, d.account_id AS accountId, a.name AS accountName, a.owner AS owner,
         COALESCE(s.name, t.summary, a.name) AS title, COALESCE(t.date, '') AS date,
         COALESCE(s.title || ' ' || s.email, t.notes || ' ' || t.next_steps, a.notes) AS text
  FROM search_doc d
  JOIN accounts a ON a.id = d.account_id
  LEFT JOIN stakeholders s ON d.kind = 'stakeholder' AND s.id = d.ref_id
  LEFT JOIN touchpoints t ON d.kind = 'touchpoint' AND t.id = d.ref_id
  WHERE d.rowid = ?`;
const COUNT = 'SELECT count(*) FROM search_fts WHERE search_fts MATCH ?';
const PAGE =
  'SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?';

const ofKinds = (kinds: readonly SearchKind[]) => `kind : (${kinds.join(' OR ')})`;

interface Tier {
  expression: string;
  kinds: SearchKind[];
}

function tiers(match: string, kinds: readonly SearchKind[]): Tier[] {
  const named = `{title names} : (${match})`;
  const anywhere = `{title names body} : (${match})`;
  const wanted = (of: readonly SearchKind[]) => of.filter((k) => kinds.includes(k));
  return [
    { expression: named, kinds: wanted(['account', 'stakeholder']) },
    { expression: named, kinds: wanted(['touchpoint']) },
    { expression: `(${anywhere}) NOT (${named})`, kinds: wanted(SEARCH_KINDS) },
  ]
    .filter((tier) => tier.kinds.length > 0)
    .map((tier) => ({ ...tier, expression: `(${tier.expression}) AND ${ofKinds(tier.kinds)}` }));
}

/** `match` is an FTS5 expression from core/search/searchText; `kinds` is never empty. */
export function searchIndex(
  db: Database.Database,
  match: string,
  kinds: readonly SearchKind[],
  offset: number,
  limit: number,
): SearchIndexPage {
  const count = prepared(db, COUNT).pluck();
  const anywhere = `{title names body} : (${match})`;
  // Every document has one kind: notes, by far the most, are what the other two leave (their
  // own count would intersect the longest doclist of all).
  const all = count.get(anywhere) as number;
  const account = count.get(`(${anywhere}) AND ${ofKinds(['account'])}`) as number;
  const stakeholder = count.get(`(${anywhere}) AND ${ofKinds(['stakeholder'])}`) as number;
  const counts: Record<SearchKind, number> = {
    account,
    stakeholder,
    touchpoint: all - account - stakeholder,
  };
  const total = kinds.reduce((sum, k) => sum + counts[k], 0);
  const page = prepared(db, PAGE).pluck();
  const hydrate = prepared(db, HYDRATE);
  const rows: SearchRow[] = [];
  const ordered = tiers(match, kinds);
  let skip = offset;
  let seen = 0;
  for (const [i, tier] of ordered.entries()) {
    if (rows.length >= limit) break;
    if (skip > 0) {
      // Only a later page needs the tiers' sizes; the last one's is what the others leave.
      const size = i === ordered.length - 1 ? total - seen : (count.get(tier.expression) as number);
      seen += size;
      if (skip >= size) {
        skip -= size;
        continue;
      }
    }
    const rowids = page.all(tier.expression, limit - rows.length, skip) as number[];
    skip = 0;
    for (const rowid of rowids) {
      const row = hydrate.get(rowid % DOC_ROWID_SPAN) as SearchRow | undefined;
      if (row) rows.push(row);
    }
  }
  return { rows, counts, total };
}
