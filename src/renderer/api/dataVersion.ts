/**
 * A counter bumped after every successful write. Every query re-runs when it changes: reads are
 * local and take milliseconds, so refreshing everything is simpler than tracking what changed.
 */
import { useSyncExternalStore } from 'react';

let version = 0;
const listeners = new Set<() => void>();

export function bumpDataVersion(): void {
  version++;
  for (const listener of listeners) listener();
}

/** Calls `listener` after every write; returns the unsubscribe. */
export function onDataVersion(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDataVersion(): number {
  return useSyncExternalStore(onDataVersion, () => version);
}
