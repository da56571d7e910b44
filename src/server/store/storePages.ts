/** Turning rows read by either store into pull and snapshot pages, the same way for both. */
import type { ChangeContent } from '../../core/sync/changeContent';
import type { RowFields } from '../../core/sync/fieldMerge';
import type { PulledChange, SnapshotResponse, SqlValue } from '../../shared/sync/syncProtocol';

export interface ChangeRow {
  seq: number;
  id: string;
  tbl: string;
  row_id: string;
  data: string;
  base: string | null;
  author: string;
}

export interface TeamRow {
  tbl: string;
  row_id: string;
  fields: string;
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
 * A pull page from up to `limit + 1` rows: whether more follow, and the cursor to pass next —
 * the last row's sequence, or the team's when the page reached the end (changes the caller made
 * itself are skipped, and the cursor moves past them too).
 */
export function pullPage(
  rows: ChangeRow[],
  limit: number,
  since: number,
  lastSeq: number,
): { changes: PulledChange[]; hasMore: boolean; nextCursor: number } {
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  const nextCursor = hasMore ? (page.at(-1)?.seq ?? since) : Math.max(lastSeq, since);
  return { changes: page.map(toPulled), hasMore, nextCursor: Number(nextCursor) };
}

export function snapshotPage(
  rows: TeamRow[],
  limit: number,
  team: { lastSeq: number; checksum: string },
): SnapshotResponse {
  const last = rows.at(-1);
  return {
    rows: rows.map((r) => ({
      table: r.tbl,
      rowId: r.row_id,
      fields: JSON.parse(r.fields) as RowFields,
    })),
    next: rows.length === limit && last ? `${last.tbl}/${last.row_id}` : null,
    seq: team.lastSeq,
    checksum: team.checksum,
  };
}
