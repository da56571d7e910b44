/**
 * Turning rows read by either store into pull and snapshot pages, the same way for both. Pages
 * are capped by count and by bytes: a store first reads the sizes of up to `limit + 1` entries
 * (from a covering index, no values), cuts the page where the next entry would pass the byte
 * budget — always after at least one, so every page makes progress — and only then reads values.
 */
import type { ChangeContent } from '../../core/sync/changeContent';
import type { RowFields } from '../../core/sync/fieldMerge';
import type {
  PulledChange,
  SnapshotResponse,
  SqlValue,
  SyncChange,
} from '../../shared/sync/syncProtocol';

export interface ChangeRow {
  seq: number;
  id: string;
  tbl: string;
  row_id: string;
  data: string;
  base: string | null;
  author: string;
}

/** Room for a change's JSON keys, sequence and author around its values. */
const CHANGE_OVERHEAD = 128;
const ROW_OVERHEAD = 64;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/** The bytes a stored change counts for (pages and quota); 0001_byte_sizes.sql counts alike. */
export function changeBytes(change: SyncChange, data: string, base: string | null): number {
  return (
    utf8(data) +
    (base === null ? 0 : utf8(base)) +
    utf8(change.id) +
    utf8(change.table) +
    utf8(change.rowId) +
    CHANGE_OVERHEAD
  );
}

/** The bytes a team row counts for in a snapshot page. */
export function rowBytes(table: string, rowId: string, fields: string): number {
  return utf8(fields) + utf8(table) + utf8(rowId) + ROW_OVERHEAD;
}

export interface PageCut<K> {
  /** The last entry of the page, or null for an empty page. */
  last: K | null;
  count: number;
  /** Whether entries follow the page. */
  hasMore: boolean;
}

/**
 * Where a page of `sized` (up to `limit + 1` entries, in order) ends: at most `limit` entries
 * whose sizes add up to at most `maxBytes` — or the first entry alone when it is bigger.
 */
export function cutPage<K extends { size: number }>(
  sized: K[],
  limit: number,
  maxBytes: number,
): PageCut<K> {
  let bytes = 0;
  let count = 0;
  for (const entry of sized) {
    const size = Number(entry.size);
    if (count === limit || (count > 0 && bytes + size > maxBytes)) break;
    bytes += size;
    count++;
  }
  return { last: sized[count - 1] ?? null, count, hasMore: count < sized.length };
}

/** A stored change's id and content, as the checksum and the repeated-id check read it. */
export type ContentRow = Pick<ChangeRow, 'id' | 'tbl' | 'row_id' | 'data' | 'base'>;

export function storedContent(row: ContentRow): ChangeContent {
  return {
    id: row.id,
    table: row.tbl,
    rowId: row.row_id,
    data: JSON.parse(row.data) as Record<string, SqlValue>,
    base: row.base ? (JSON.parse(row.base) as Record<string, string>) : null,
  };
}

export function toPulled(row: ChangeRow): PulledChange {
  return {
    seq: Number(row.seq),
    id: row.id,
    table: row.tbl,
    rowId: row.row_id,
    data: JSON.parse(row.data) as Record<string, SqlValue>,
    ...(row.base ? { base: JSON.parse(row.base) as Record<string, string> } : {}),
    author: row.author,
  };
}

/**
 * A pull page: its changes, whether more follow, and the cursor to pass next — the last
 * change's sequence, or the team's when the page reached the end (changes the caller made
 * itself are skipped, and the cursor moves past them too).
 */
export function pullPage(
  rows: ChangeRow[],
  hasMore: boolean,
  since: number,
  lastSeq: number,
): { changes: PulledChange[]; hasMore: boolean; nextCursor: number } {
  const nextCursor = hasMore ? (rows.at(-1)?.seq ?? since) : Math.max(lastSeq, since);
  return { changes: rows.map(toPulled), hasMore, nextCursor: Number(nextCursor) };
}

/**
 * A snapshot page of checked rows (rowRepair.ts); `last` is the key the page was cut after,
 * which the next page starts from. A row with nothing valid left to serve is left out.
 */
export function snapshotPage(
  rows: { table: string; rowId: string; fields: RowFields }[],
  last: { tbl: string; row_id: string } | null,
  hasMore: boolean,
  team: { lastSeq: number; checksum: string },
  total?: number,
): SnapshotResponse {
  return {
    ...(total === undefined ? {} : { total }),
    rows: rows
      .filter((r) => Object.keys(r.fields).length > 0)
      .map(({ table, rowId, fields }) => ({ table, rowId, fields })),
    next: hasMore && last ? `${last.tbl}/${last.row_id}` : null,
    seq: team.lastSeq,
    checksum: team.checksum,
  };
}
