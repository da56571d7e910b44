/**
 * Field-level last-writer-wins (DESIGN.md §8). Each field of a row carries the HLC of the change
 * that set it; an incoming change sets a field only when its HLC is higher. HLCs are globally
 * unique, so every replica that has seen the same changes picks the same winner per field.
 */

export type FieldValue = string | number | null;

export interface LoggedChange {
  hlc: string;
  data: Record<string, FieldValue>;
}

/** The current HLC of every field that any of the row's changes set. */
export function fieldClocks(changes: Iterable<LoggedChange>): Map<string, string> {
  const clocks = new Map<string, string>();
  for (const { hlc, data } of changes)
    for (const column of Object.keys(data)) {
      const current = clocks.get(column);
      if (current === undefined || hlc > current) clocks.set(column, hlc);
    }
  return clocks;
}

export interface FieldMerge {
  /** Fields the change sets because it is newer than what set them before. */
  winners: string[];
  /** Fields where a newer change already holds the value. */
  losers: string[];
}

export function mergeChange(clocks: ReadonlyMap<string, string>, change: LoggedChange): FieldMerge {
  const winners: string[] = [];
  const losers: string[] = [];
  for (const column of Object.keys(change.data)) {
    const current = clocks.get(column);
    if (current === undefined || change.hlc > current) winners.push(column);
    else if (change.hlc < current) losers.push(column);
    // Equal: this very change set the field already.
  }
  return { winners, losers };
}

/**
 * An overwrite is a conflict worth showing when it replaces, with a different value, a value
 * that this replica's own user wrote: the user's edit lost to another device's.
 */
export function isConflict(
  localNode: string,
  currentHlc: string | undefined,
  currentValue: FieldValue,
  incomingValue: FieldValue,
): boolean {
  return (
    currentHlc !== undefined && currentHlc.endsWith(localNode) && currentValue !== incomingValue
  );
}

/** A row as the server keeps it: each field's value and the HLC of the change that set it. */
export type RowFields = Record<string, [FieldValue, string]>;

/** Merges a change into a row's fields by LWW; true when any field changed. */
export function mergeRowFields(fields: RowFields, change: LoggedChange): boolean {
  let changed = false;
  for (const [column, value] of Object.entries(change.data)) {
    const current = fields[column];
    if (current === undefined || change.hlc > current[1]) {
      fields[column] = [value, change.hlc];
      changed = true;
    }
  }
  return changed;
}
