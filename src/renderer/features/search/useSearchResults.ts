/**
 * Search results a page at a time for a query and a kind filter, through the one read cache. A
 * new query or filter starts again from the first page under its own key, so an answer to an
 * older query (the user kept typing) never shows over the newer one; while the new one loads the
 * last results stay on screen. Writes refresh the pages already loaded.
 */
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { SearchHit, SearchKind, SearchResults } from '../../../shared/api/views';
import { ApiCallError } from '../../api/useApi';
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

export function useSearchResults(q: string, kind: SearchKind | null): SearchResultsState {
  const query = useInfiniteQuery({
    queryKey: ['search:query', q, kind],
    initialPageParam: 0,
    queryFn: async ({ pageParam }) => {
      const result = await call('search:query', {
        q,
        kinds: kind ? [kind] : undefined,
        offset: pageParam,
        limit: SEARCH_PAGE_SIZE,
      });
      if (!result.ok) throw new ApiCallError(result.error);
      return result.data;
    },
    getNextPageParam: (last) => {
      const next = last.offset + last.hits.length;
      return last.hits.length > 0 && next < last.total ? next : undefined;
    },
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages ?? [];
  const last = pages.at(-1);
  return {
    hits: pages.flatMap((p) => p.hits),
    summary: last ? { total: last.total, counts: last.counts } : undefined,
    loading: query.isFetching,
    error: query.error ? query.error.message : undefined,
    showMore: () => void query.fetchNextPage(),
  };
}
