/**
 * Whether the database is set up, locked or open, as the gate shows it. A call answered `locked`
 * (the worker restarted locked, say) asks again, so the unlock screen comes back by itself.
 */
import { useSyncExternalStore } from 'react';
import type { SecurityStatusView } from '../../../shared/api/securityViews';
import { invalidateReads } from '../../api/queryClient';
import { call, onLockedAnswer } from '../../api/transport';

let status: SecurityStatusView | null = null;
let problem: string | null = null;
const listeners = new Set<() => void>();

function publish(): void {
  for (const listener of listeners) listener();
}

export function setSecurityStatus(next: SecurityStatusView): void {
  const opened = status !== null && status.state !== 'open' && next.state === 'open';
  status = next;
  problem = null;
  publish();
  // What was asked while locked is asked again with the database open.
  if (opened) void invalidateReads();
}

export async function refreshSecurityStatus(): Promise<void> {
  const result = await call('security:status', {});
  if (result.ok) setSecurityStatus(result.data);
  else {
    problem = result.error.message;
    publish();
  }
}

onLockedAnswer(() => void refreshSecurityStatus());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (status === null && listeners.size === 1) void refreshSecurityStatus();
  return () => listeners.delete(listener);
}

export function useSecurityStatus(): { status: SecurityStatusView | null; problem: string | null } {
  const current = useSyncExternalStore(subscribe, () => status);
  const error = useSyncExternalStore(subscribe, () => problem);
  return { status: current, problem: error };
}
