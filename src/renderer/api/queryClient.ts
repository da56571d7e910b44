/**
 * The renderer's one cache of reads (TanStack Query). Keys are `[method, input]`. Every write
 * invalidates every read: they are local and take milliseconds, so refreshing what is on screen
 * beats tracking what changed. A read no page uses any more is forgotten after a while (each
 * search string used to keep its results for the whole session), and a failed refresh keeps the
 * last good data beside its error instead of replacing it with nothing.
 */
import { QueryClient } from '@tanstack/react-query';

/** How long a read nobody shows stays cached. */
export const UNUSED_READ_MS = 60_000;

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        gcTime: UNUSED_READ_MS,
        // The host is on this machine: a failure is worth showing at once, not retrying blindly.
        retry: false,
        refetchOnWindowFocus: false,
        // A 10,000-row portfolio compared field by field on every refresh costs more than it saves.
        structuralSharing: false,
      },
    },
  });
}

export const queryClient = createAppQueryClient();

const invalidated = new Set<() => void>();

/** Calls `listener` after every write (and every other refresh of all reads); returns the unsubscribe. */
export function onReadsInvalidated(listener: () => void): () => void {
  invalidated.add(listener);
  return () => invalidated.delete(listener);
}

/** After a write (or a sync that brought changes, an unlock, a restore): read everything again. */
export function invalidateReads(): Promise<void> {
  for (const listener of invalidated) listener();
  return queryClient.invalidateQueries();
}
