/** Long work the host is doing for the page: how far it got, and whether it can be stopped. */
export interface TaskProgressView {
  /** The call's id in the host. */
  id: number;
  method: string;
  done: number;
  total: number;
  startedAt: string;
}

/** The calls whose work can be stopped safely part-way (DESIGN.md §12). */
export const CANCELLABLE_METHODS: readonly string[] = ['demo:load', 'health:refresh'];
