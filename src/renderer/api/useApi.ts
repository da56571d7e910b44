/** Hooks for reading (useQuery) and writing (mutate) through the API. */
import { useEffect, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';
import { bumpDataVersion, useDataVersion } from './dataVersion';
import { call } from './transport';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

export function useQuery<M extends ApiMethod>(method: M, input: ApiInput<M>, enabled = true): QueryState<ApiOutput<M>> {
  const version = useDataVersion();
  const key = JSON.stringify(input);
  const [state, setState] = useState<QueryState<ApiOutput<M>>>({ data: undefined, error: undefined, loading: true });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    call(method, JSON.parse(key) as ApiInput<M>)
      .then((result) => {
        if (!live) return;
        setState(result.ok ? { data: result.data, error: undefined, loading: false } : { data: undefined, error: result.error, loading: false });
      })
      .catch((error: unknown) => {
        if (live) setState({ data: undefined, error: { code: 'internal', message: String(error) }, loading: false });
      });
    return () => {
      live = false;
    };
  }, [method, key, version, enabled]);
  return state;
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** Calls a writing method; on success every query refreshes. Throws ApiCallError on failure. */
export async function mutate<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await call(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  bumpDataVersion();
  return result.data;
}
