/** Hooks for reading (useQuery, over the one TanStack Query cache) and writing (mutate). */
import { keepPreviousData, useQuery as useCachedQuery } from '@tanstack/react-query';
import { workerRestartedText } from '../../shared/messages/workerRestartedText';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';
import { invalidateReads } from './queryClient';
import { call } from './transport';

export interface QueryState<T> {
  /** The last good answer; kept when a later refresh fails. */
  data: T | undefined;
  /** Why the last read failed (beside `data` when there was an earlier good answer). */
  error: ApiError | undefined;
  loading: boolean;
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    // The one failure the host itself reports, said in the page's language.
    super(
      error.code === 'worker_restarted'
        ? workerRestartedText(document.documentElement.lang === 'zh-CN' ? 'zh-CN' : 'en')
        : error.message,
    );
  }
}

async function read<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await call(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data;
}

/**
 * One read, shared by every component that asks for the same method and input at the same time
 * (the portfolio page and the command palette, say).
 */
export function useQuery<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
  enabled = true,
  /** While another input's answer loads, keep showing the last one (a filter, "show all"). */
  keepPrevious = false,
): QueryState<ApiOutput<M>> {
  const query = useCachedQuery({
    queryKey: [method, input],
    queryFn: () => read(method, input),
    enabled,
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
  const error = query.error
    ? query.error instanceof ApiCallError
      ? { ...query.error.error, message: query.error.message }
      : { code: 'internal' as const, message: String(query.error) }
    : undefined;
  return { data: query.data, error, loading: query.isFetching || query.isPending };
}

/** Calls a writing method; on success every read refreshes. Throws ApiCallError on failure. */
export async function mutate<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const data = await read(method, input);
  void invalidateReads();
  return data;
}
