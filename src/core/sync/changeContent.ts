/**
 * What a change says besides its id: the row it writes, the field values and the base clocks.
 * Two changes with one id must say the same thing (the id is a node's HLC, unique per write), so
 * the server compares this on a repeated id and the team checksum folds it in with the id.
 */
import type { FieldValue } from './fieldMerge';

export interface ChangeContent {
  id: string;
  table: string;
  rowId: string;
  data: Record<string, FieldValue>;
  base?: Record<string, string> | null | undefined;
}

function sortedEntries<T>(record: Record<string, T> | null | undefined): [string, T][] {
  if (!record) return [];
  return Object.keys(record)
    .sort()
    .map((key) => [key, record[key] as T]);
}

/** The content as one text, independent of key order (an empty base is no base). */
export function contentText(change: ChangeContent): string {
  return JSON.stringify([
    change.table,
    change.rowId,
    sortedEntries(change.data),
    sortedEntries(change.base),
  ]);
}

export function sameContent(a: ChangeContent, b: ChangeContent): boolean {
  return contentText(a) === contentText(b);
}
