/**
 * Long work reports how far it got and stops when asked — where stopping is safe. The host's
 * workspace worker runs each call inside `runAsTask` with a reporter that forwards progress to
 * the host and reads the host's cancel flag; the reporter follows the call across its awaits
 * (a first sync downloads page after page). Everywhere else (the CLI, tests) nothing listens and
 * nothing is cancelled.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { ServiceError } from './serviceError';

export interface TaskReporter {
  progress(done: number, total: number): void;
  cancelled(): boolean;
}

const NONE: TaskReporter = { progress: () => {}, cancelled: () => false };
const current = new AsyncLocalStorage<TaskReporter>();

/** Runs `work` — and whatever it awaits — with `reporter` listening. */
export function runAsTask<T>(reporter: TaskReporter, work: () => T): T {
  return current.run(reporter, work);
}

export function reportProgress(done: number, total: number): void {
  (current.getStore() ?? NONE).progress(done, total);
}

/** Stops the work here when the user cancelled it; `what` says what was kept. */
export function stopIfCancelled(what: string): void {
  if ((current.getStore() ?? NONE).cancelled()) throw new ServiceError('cancelled', what);
}
