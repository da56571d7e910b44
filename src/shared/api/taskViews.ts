/** Long work the host is doing for the page: how far it got, and whether it can be stopped. */
export interface TaskProgressView {
  /** The call's id in the host. */
  id: number;
  method: string;
  done: number;
  total: number;
  startedAt: string;
  /** Whether stopping it part-way is safe (a first sync is not stopped: it resumes by itself). */
  cancellable: boolean;
}

/** The calls whose work can be stopped safely part-way (DESIGN.md §12). */
export const CANCELLABLE_METHODS: readonly string[] = [
  'demo:load',
  'health:refresh',
  'import:preview',
  'import:run',
];
/** Calls that can take long and say how far they got: the cancellable ones, and syncing. */
export const LONG_METHODS: readonly string[] = [
  ...CANCELLABLE_METHODS,
  'sync:now',
  'sync:configure',
  'forecast:export',
  'qbr:export',
];
