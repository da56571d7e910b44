/**
 * The PostgreSQL store's pull and snapshot pages (see storePages.ts for how pages are cut by
 * count and bytes) and the checking of rows an older server stored (rowRepair.ts). Each read
 * runs on the caller's REPEATABLE READ client, so a page, its cursor and its checksum agree.
 */
import type pg from 'pg';
import { ZERO_CHECKSUM } from '../../core/sync/changeChecksum';
import type { PullResponse, SnapshotResponse } from '../../shared/sync/syncProtocol';
import {
  checkRow,
  repairRow,
  type CheckedRow,
  type StoredChangeRow,
  type TeamRowRead,
} from './rowRepair';
import { cutPage, pullPage, rowBytes, snapshotPage, type ChangeRow } from './storePages';
import type { PullOptions, SnapshotOptions } from './syncStore';

type Team = { lastSeq: number; checksum: string };

export async function readPullPage(
  client: pg.PoolClient,
  teamId: number,
  team: Team,
  options: PullOptions,
): Promise<PullResponse> {
  const sizes = await client.query<{ seq: number; size: number }>(
    `SELECT seq, size FROM changes
      WHERE team_id = $1 AND seq > $2 AND seq <= $3 AND ($4 OR client_id <> $5)
      ORDER BY seq LIMIT $6`,
    [teamId, options.since, team.lastSeq, options.own, options.clientId, options.limit + 1],
  );
  const cut = cutPage(sizes.rows, options.limit, options.maxBytes);
  const rows = cut.last
    ? (
        await client.query<ChangeRow>(
          `SELECT c.seq, c.id, c.tbl, c.row_id, c.data, c.base, u.name AS author
             FROM changes c JOIN users u ON u.id = c.user_id
            WHERE c.team_id = $1 AND c.seq > $2 AND c.seq <= $3 AND ($4 OR c.client_id <> $5)
            ORDER BY c.seq`,
          [teamId, options.since, cut.last.seq, options.own, options.clientId],
        )
      ).rows
    : [];
  const page = pullPage(rows, cut.hasMore, options.since, team.lastSeq);
  let checksum = team.checksum;
  if (page.hasMore) {
    const at = await client.query<{ checksum: string }>(
      'SELECT checksum FROM changes WHERE team_id = $1 AND seq = $2',
      [teamId, page.nextCursor],
    );
    checksum = at.rows[0]?.checksum ?? ZERO_CHECKSUM;
  }
  return { ...page, checksum };
}

/** A row's stored changes in sequence order, to rebuild it from (rowRepair.ts). */
export async function rowHistory(
  client: pg.PoolClient,
  teamId: number,
  table: string,
  rowId: string,
): Promise<StoredChangeRow[]> {
  const { rows } = await client.query<StoredChangeRow>(
    'SELECT id, data, base FROM changes WHERE team_id = $1 AND tbl = $2 AND row_id = $3 ORDER BY seq',
    [teamId, table, rowId],
  );
  return rows;
}

export async function readSnapshotPage(
  client: pg.PoolClient,
  teamId: number,
  team: Team,
  options: SnapshotOptions,
): Promise<{ rows: CheckedRow[]; page: SnapshotResponse }> {
  const after = options.after ?? { table: '', rowId: '' };
  const sizes = await client.query<{ tbl: string; row_id: string; size: number }>(
    `SELECT tbl, row_id, size FROM team_rows
      WHERE team_id = $1 AND (tbl, row_id) > ($2, $3)
      ORDER BY tbl, row_id LIMIT $4`,
    [teamId, after.table, after.rowId, options.limit + 1],
  );
  const cut = cutPage(sizes.rows, options.limit, options.maxBytes);
  const reads = cut.last
    ? (
        await client.query<TeamRowRead>(
          `SELECT tbl, row_id, fields, checked FROM team_rows
            WHERE team_id = $1 AND (tbl, row_id) > ($2, $3) AND (tbl, row_id) <= ($4, $5)
            ORDER BY tbl, row_id`,
          [teamId, after.table, after.rowId, cut.last.tbl, cut.last.row_id],
        )
      ).rows
    : [];
  const rows = reads.map(checkRow);
  for (const row of rows)
    if (row.suspect) repairRow(row, await rowHistory(client, teamId, row.table, row.rowId));
  // The first page says how many rows the whole snapshot holds.
  const total = options.after
    ? undefined
    : (
        await client.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM team_rows WHERE team_id = $1',
          [teamId],
        )
      ).rows[0]?.n;
  return { rows, page: snapshotPage(rows, cut.last, cut.hasMore, team, total) };
}

/** Stores rows a snapshot read unchecked (repaired where needed), unless a push came first. */
export async function markChecked(pool: pg.Pool, teamId: number, rows: CheckedRow[]) {
  const unchecked = rows.flatMap((r) => (r.writeBack ? [{ ...r, writeBack: r.writeBack }] : []));
  if (unchecked.length === 0) return;
  await pool.query(
    `UPDATE team_rows r SET fields = x.f, size = x.z, checked = 1
       FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[]) AS x(t, k, f, z, w)
      WHERE r.team_id = $1 AND r.tbl = x.t AND r.row_id = x.k AND r.checked = 0 AND r.fields = x.w`,
    [
      teamId,
      unchecked.map((r) => r.table),
      unchecked.map((r) => r.rowId),
      unchecked.map((r) => r.writeBack.fields),
      unchecked.map((r) => rowBytes(r.table, r.rowId, r.writeBack.fields)),
      unchecked.map((r) => r.writeBack.was),
    ],
  );
}
