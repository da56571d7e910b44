/**
 * Long work reports how far it got and stops when asked — where stopping is safe. The host's
 * workspace worker runs each call inside `runAsTask` with a reporter that forwards progress to
 * the host and reads the host's cancel flag; everywhere else (the CLI, tests) nothing listens and
 * nothing is cancelled.
 */
import { ServiceError } from './serviceError';

export interface TaskReporter {
  progress(done: number, total: number): void;
  cancelled(): boolean;
}

const NONE: TaskReporter = { progress: () => {}, cancelled: () => false };
let current: TaskReporter = NONE;

/** Runs the synchronous part of `work` with `reporter` listening. */
export function runAsTask<T>(reporter: TaskReporter, work: () => T): T {
  const before = current;
  current = reporter;
  try {
    return work();
  } finally {
    current = before;
  }
}

export function reportProgress(done: number, total: number): void {
  current.progress(done, total);
}

/** Stops the work here when the user cancelled it; `what` says what was kept. */
export function stopIfCancelled(what: string): void {
  if (current.cancelled()) throw new ServiceError('cancelled', what);
}
