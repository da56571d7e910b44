/**
 * Team checksums were once folded over change ids only; version 2 folds ids and content
 * (changeChecksum). A store opened on older data recomputes, once, every change's running
 * checksum and its team's, a page of changes at a time in sequence order — the same fold a push
 * does, so the result is what the team would have had if version 2 had always been there.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { foldChecksum, ZERO_CHECKSUM } from '../../core/sync/changeChecksum';
import { storedContent, type ContentRow } from './storePages';

export const CHECKSUM_VERSION = 2;
const PAGE = 1000;

interface ChecksumRow extends ContentRow {
  seq: number;
}

/** Each row's running checksum, folding on from `start` (rows in sequence order). */
function foldPage(start: string, rows: ChecksumRow[]): { seq: number; checksum: string }[] {
  let checksum = start;
  return rows.map((row) => {
    checksum = foldChecksum(checksum, [storedContent(row)]);
    return { seq: Number(row.seq), checksum };
  });
}

export function upgradeSqliteChecksums(db: Database.Database): void {
  const teams = db
    .prepare('SELECT id FROM teams WHERE checksum_version < ?')
    .all(CHECKSUM_VERSION) as { id: number }[];
  const read = db.prepare(
    'SELECT seq, id, tbl, row_id, data, base FROM changes WHERE team_id = ? AND seq > ? ORDER BY seq LIMIT ?',
  );
  const write = db.prepare('UPDATE changes SET checksum = ? WHERE team_id = ? AND seq = ?');
  const done = db.prepare('UPDATE teams SET checksum = ?, checksum_version = ? WHERE id = ?');
  for (const { id: teamId } of teams)
    db.transaction(() => {
      let checksum = ZERO_CHECKSUM;
      for (let after = 0; ;) {
        const rows = read.all(teamId, after, PAGE) as ChecksumRow[];
        if (rows.length === 0) break;
        for (const folded of foldPage(checksum, rows)) {
          write.run(folded.checksum, teamId, folded.seq);
          ({ checksum, seq: after } = folded);
        }
      }
      done.run(checksum, CHECKSUM_VERSION, teamId);
    }).immediate();
}

/** The team row stays locked meanwhile: a second server starting at once waits, then skips it. */
export async function upgradePostgresChecksums(pool: pg.Pool): Promise<void> {
  const { rows: teams } = await pool.query<{ id: number }>(
    'SELECT id FROM teams WHERE checksum_version < $1',
    [CHECKSUM_VERSION],
  );
  for (const { id: teamId } of teams) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const locked = await client.query(
        'SELECT 1 FROM teams WHERE id = $1 AND checksum_version < $2 FOR UPDATE',
        [teamId, CHECKSUM_VERSION],
      );
      let checksum = ZERO_CHECKSUM;
      for (let after = 0; locked.rowCount !== 0;) {
        const { rows } = await client.query<ChecksumRow>(
          'SELECT seq, id, tbl, row_id, data, base FROM changes WHERE team_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
          [teamId, after, PAGE],
        );
        if (rows.length === 0) break;
        const folded = foldPage(checksum, rows);
        await client.query(
          `UPDATE changes SET checksum = x.c FROM unnest($2::bigint[], $3::text[]) AS x(s, c)
            WHERE team_id = $1 AND seq = x.s`,
          [teamId, folded.map((f) => f.seq), folded.map((f) => f.checksum)],
        );
        ({ checksum, seq: after } = folded.at(-1)!);
      }
      if (locked.rowCount !== 0)
        await client.query('UPDATE teams SET checksum = $1, checksum_version = $2 WHERE id = $3', [
          checksum,
          CHECKSUM_VERSION,
          teamId,
        ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}
