/**
 * The sync status, polled every two seconds while anything shows it, and read again right after
 * every local write, so the count of changes waiting shows each edit at once. When a round has
 * changed local data (remoteVersion moved), every open query refreshes, so edits from other
 * devices appear without a reload.
 */
import { useSyncExternalStore } from 'react';
import type { SyncStatusView } from '../../../shared/api/views';
import { invalidateReads, onReadsInvalidated } from '../../api/queryClient';
import { call } from '../../api/transport';

const POLL_MS = 2000;
let status: SyncStatusView | null = null;
let timer: ReturnType<typeof setInterval> | null = null;
let offWrites: (() => void) | null = null;
const listeners = new Set<() => void>();

export function setSyncStatus(next: SyncStatusView): void {
  const changedData = status !== null && next.remoteVersion !== status.remoteVersion;
  status = next;
  for (const listener of listeners) listener();
  if (changedData) void invalidateReads();
}

export async function refreshSyncStatus(): Promise<void> {
  const result = await call('sync:status', {});
  if (result.ok) setSyncStatus(result.data);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    void refreshSyncStatus();
    timer = setInterval(() => void refreshSyncStatus(), POLL_MS);
    offWrites = onReadsInvalidated(() => void refreshSyncStatus());
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
      offWrites?.();
      offWrites = null;
    }
  };
}

export function useSyncStatus(): SyncStatusView | null {
  return useSyncExternalStore(subscribe, () => status);
}
