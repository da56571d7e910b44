/**
 * The long calls this page is waiting for (demo loading, recomputing every score): while there
 * are any, the progress panel asks the host how far they got.
 */
import { useSyncExternalStore } from 'react';
import { LONG_METHODS } from '../../shared/api/taskViews';

let pending = 0;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

export function isLongCall(method: string): boolean {
  return LONG_METHODS.includes(method);
}

export async function trackLongCall<T>(work: Promise<T>): Promise<T> {
  pending++;
  notify();
  try {
    return await work;
  } finally {
    pending--;
    notify();
  }
}

export function usePendingLongCalls(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}
