/** Hooks for reading (useQuery) and writing (mutate) through the API. */
import { useEffect, useState } from 'react';
import { workerRestartedText } from '../../shared/messages/workerRestartedText';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { ApiError, Result } from '../../shared/api/result';
import { bumpDataVersion, useDataVersion } from './dataVersion';
import { call } from './transport';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

/**
 * One request per method, input and data version: components that ask for the same data at the
 * same time (the portfolio page and the command palette, say) share it.
 */
const inFlight = new Map<string, { version: number; promise: Promise<Result<unknown>> }>();

function sharedCall<M extends ApiMethod>(
  method: M,
  key: string,
  version: number,
): Promise<Result<ApiOutput<M>>> {
  const cacheKey = `${method} ${key}`;
  const entry = inFlight.get(cacheKey);
  if (entry && entry.version === version) return entry.promise as Promise<Result<ApiOutput<M>>>;
  const promise = call(method, JSON.parse(key) as ApiInput<M>);
  inFlight.set(cacheKey, { version, promise });
  return promise;
}

export function useQuery<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
  enabled = true,
): QueryState<ApiOutput<M>> {
  const version = useDataVersion();
  const key = JSON.stringify(input);
  const [state, setState] = useState<QueryState<ApiOutput<M>>>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    sharedCall(method, key, version)
      .then((result) => {
        if (!live) return;
        setState(
          result.ok
            ? { data: result.data, error: undefined, loading: false }
            : { data: undefined, error: result.error, loading: false },
        );
      })
      .catch((error: unknown) => {
        if (live)
          setState({
            data: undefined,
            error: { code: 'internal', message: String(error) },
            loading: false,
          });
      });
    return () => {
      live = false;
    };
  }, [method, key, version, enabled]);
  return state;
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

/** Calls a writing method; on success every query refreshes. Throws ApiCallError on failure. */
export async function mutate<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const result = await call(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  bumpDataVersion();
  return result.data;
}
