/**
 * Search results a page at a time for a query and a kind filter. A new query or filter starts
 * again from the first page; an answer to an older query (the user kept typing) is dropped, never
 * shown over the newer one.
 */
import { useEffect, useState } from 'react';
import type { SearchHit, SearchKind, SearchResults } from '../../../shared/api/views';
import { useDataVersion } from '../../api/dataVersion';
import { call } from '../../api/transport';

export const SEARCH_PAGE_SIZE = 20;

export interface SearchResultsState {
  hits: SearchHit[];
  /** The last page's figures, undefined until the first page arrives. */
  summary: Pick<SearchResults, 'total' | 'counts'> | undefined;
  loading: boolean;
  error: string | undefined;
  showMore(): void;
}

interface Loaded {
  key: string;
  hits: SearchHit[];
  summary: SearchResultsState['summary'];
  error?: string;
}

export function useSearchResults(q: string, kind: SearchKind | null): SearchResultsState {
  const version = useDataVersion();
  const key = JSON.stringify([q, kind, version]);
  const [loaded, setLoaded] = useState<Loaded>({ key: '', hits: [], summary: undefined });
  const [wanted, setWanted] = useState({ key, pages: 1 });
  const current = loaded.key === key ? loaded : { key, hits: [], summary: undefined };
  const pages = wanted.key === key ? wanted.pages : 1;
  const have = current.hits.length;
  const complete = current.summary !== undefined && have >= current.summary.total;
  const missing = !complete && !current.error && have < pages * SEARCH_PAGE_SIZE;
  useEffect(() => {
    if (!missing) return;
    let live = true;
    const input = { q, kinds: kind ? [kind] : undefined, offset: have, limit: SEARCH_PAGE_SIZE };
    call('search:query', input)
      .then((result) => {
        if (!live) return;
        setLoaded((before) => {
          const base = before.key === key ? before.hits : [];
          return result.ok
            ? { key, hits: [...base, ...result.data.hits], summary: result.data }
            : { key, hits: base, summary: before.summary, error: result.error.message };
        });
      })
      .catch((error: unknown) => {
        if (live) setLoaded((before) => ({ ...before, key, error: String(error) }));
      });
    return () => {
      live = false;
    };
  }, [key, q, kind, have, missing]);
  return {
    hits: current.hits,
    summary: current.summary,
    loading: missing,
    error: current.error,
    showMore: () => setWanted({ key, pages: pages + 1 }),
  };
}
