/**
 * The PostgreSQL store, for teams that outgrow one file or run managed/replicated Postgres.
 * A push locks its team's row (`FOR UPDATE`) for the whole transaction, so pushes of one team
 * are serialised and their sequence numbers become visible in order; teams do not wait on each
 * other. Reads run in REPEATABLE READ so a page and its cursor and checksum agree.
 */
import pg from 'pg';
import type { ChangeContent } from '../../core/sync/changeContent';
import type { RowFields } from '../../core/sync/fieldMerge';
import type {
  PullResponse,
  PushResponse,
  SnapshotResponse,
  SyncChange,
} from '../../shared/sync/syncProtocol';
import { upgradePostgresChecksums } from './checksumUpgrade';
import { PostgresRateBuckets } from './postgresRateBuckets';
import { PostgresStoreAdmin } from './postgresStoreAdmin';
import { planPush, refuseTakenRowIds, rowKey, touchedRows } from './pushPlan';
import { markChecked, readPullPage, readSnapshotPage, rowHistory } from './postgresPages';
import { checkRow, repairRow, type TeamRowRead } from './rowRepair';
import { rowBytes, storedContent, type ContentRow } from './storePages';
import { readStoreMigrations } from './storeMigrations';
import {
  type Device,
  QuotaExceededError,
  type PullOptions,
  type PushLimits,
  type SnapshotOptions,
  type StoreStats,
  type SyncStore,
} from './syncStore';

// BIGINT columns come back as numbers: our sequences stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

const MIGRATION_LOCK = 727_001;

export class PostgresSyncStore extends PostgresStoreAdmin implements SyncStore {
  readonly kind = 'postgres';
  readonly rateBuckets: PostgresRateBuckets;

  private constructor(pool: pg.Pool) {
    super(pool);
    this.rateBuckets = new PostgresRateBuckets(pool);
  }

  static async connect(url: string, poolSize = 10): Promise<PostgresSyncStore> {
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    // An idle client that loses its connection must not crash the server.
    pool.on('error', () => {});
    const store = new PostgresSyncStore(pool);
    try {
      await store.migrate();
      await upgradePostgresChecksums(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS server_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
      );
      const applied = new Set(
        (await client.query<{ name: string }>('SELECT name FROM server_migrations')).rows.map(
          (r) => r.name,
        ),
      );
      for (const m of readStoreMigrations('postgres')) {
        if (applied.has(m.name)) continue;
        await client.query(m.sql);
        await client.query('INSERT INTO server_migrations (name, applied_at) VALUES ($1, $2)', [
          m.name,
          new Date().toISOString(),
        ]);
      }
    });
  }

  async authenticate(tokenHash: string): Promise<Device | null> {
    const { rows } = await this.pool.query<Device>(
      `SELECT t.id AS "teamId", t.name AS "teamName", u.id AS "userId", u.name AS "userName"
         FROM device_tokens d JOIN users u ON u.id = d.user_id JOIN teams t ON t.id = u.team_id
        WHERE d.hash = $1 AND d.revoked_at IS NULL AND u.revoked_at IS NULL`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async bindClient(
    clientId: string,
    userId: number,
    tokenHash: string,
    now: string,
  ): Promise<boolean> {
    const read = async () =>
      (
        await this.pool.query<{ user_id: number; token_hash: string | null }>(
          'SELECT user_id, token_hash FROM clients WHERE client_id = $1',
          [clientId],
        )
      ).rows[0];
    let row = await read();
    // Writes only on first use (and once for a client bound before devices were).
    if (!row)
      await this.pool.query(
        `INSERT INTO clients (client_id, user_id, first_seen, token_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [clientId, userId, now, tokenHash],
      );
    else if (row.token_hash === null && row.user_id === userId)
      await this.pool.query(
        'UPDATE clients SET token_hash = $1 WHERE client_id = $2 AND user_id = $3 AND token_hash IS NULL',
        [tokenHash, clientId, userId],
      );
    if (!row || row.token_hash === null) row = await read();
    return row?.user_id === userId && row.token_hash === tokenHash;
  }

  push(
    device: Device,
    clientId: string,
    changes: SyncChange[],
    now: string,
    limits?: PushLimits,
  ): Promise<PushResponse> {
    return this.transaction(async (client) => {
      const team = (
        await client.query<{ lastSeq: number; checksum: string; storedBytes: number }>(
          `SELECT last_seq AS "lastSeq", checksum, stored_bytes AS "storedBytes"
             FROM teams WHERE id = $1 FOR UPDATE`,
          [device.teamId],
        )
      ).rows[0];
      if (!team) throw new Error(`Team ${device.teamId} is gone`);
      const existing = new Map<string, ChangeContent>(
        (
          await client.query<ContentRow>(
            'SELECT id, tbl, row_id, data, base FROM changes WHERE team_id = $1 AND id = ANY($2::text[])',
            [device.teamId, changes.map((c) => c.id)],
          )
        ).rows.map((r) => [r.id, storedContent(r)]),
      );
      const clientLast = (
        await client.query<{ last_id: string | null }>(
          'SELECT last_id FROM clients WHERE client_id = $1',
          [clientId],
        )
      ).rows[0]?.last_id;
      const touched = touchedRows(changes);
      const owners = new Map(
        (
          await client.query<{ row_id: string; tbl: string; wanted: string }>(
            `SELECT r.row_id, r.tbl, k.tbl AS wanted FROM team_rows r
               JOIN unnest($2::text[], $3::text[]) AS k(tbl, row_id)
                 ON r.row_id = k.row_id AND r.tbl <> k.tbl
              WHERE r.team_id = $1`,
            [device.teamId, touched.map((t) => t.table), touched.map((t) => t.rowId)],
          )
        ).rows.map((r) => [`${r.wanted}\u0000${r.row_id}`, r.tbl]),
      );
      refuseTakenRowIds(changes, (rowId, table) => owners.get(`${table}\u0000${rowId}`));
      const currentRows = new Map<string, RowFields>();
      const reads = await client.query<TeamRowRead>(
        `SELECT r.tbl, r.row_id, r.fields, r.checked FROM team_rows r
           JOIN unnest($2::text[], $3::text[]) AS k(tbl, row_id)
             ON r.tbl = k.tbl AND r.row_id = k.row_id
          WHERE r.team_id = $1`,
        [device.teamId, touched.map((t) => t.table), touched.map((t) => t.rowId)],
      );
      const rebuilt = new Set<string>();
      for (const read of reads.rows) {
        const row = checkRow(read);
        if (row.suspect) {
          repairRow(row, await rowHistory(client, device.teamId, row.table, row.rowId));
          rebuilt.add(rowKey(row.table, row.rowId));
        }
        currentRows.set(rowKey(row.table, row.rowId), row.fields);
      }
      const plan = planPush(
        team,
        changes,
        existing,
        currentRows,
        { id: clientId, last: clientLast ?? null },
        rebuilt,
      );
      const quota = limits?.teamQuotaBytes ?? Infinity;
      if (plan.bytes > 0 && team.storedBytes + plan.bytes > quota)
        throw new QuotaExceededError(quota, team.storedBytes, plan.bytes);
      if (plan.inserts.length > 0) {
        const col = <T>(pick: (s: (typeof plan.inserts)[number]) => T) => plan.inserts.map(pick);
        await client.query(
          `INSERT INTO changes (team_id, seq, id, client_id, user_id, tbl, row_id, data, base, checksum, received_at, size)
           SELECT $1, s, i, $2, $3, t, r, d, b, c, $4, z
             FROM unnest($5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::bigint[])
               AS x(s, i, t, r, d, b, c, z)`,
          [
            device.teamId,
            clientId,
            device.userId,
            now,
            col((s) => s.seq),
            col((s) => s.change.id),
            col((s) => s.change.table),
            col((s) => s.change.rowId),
            col((s) => s.data),
            col((s) => s.base),
            col((s) => s.checksum),
            col((s) => s.size),
          ],
        );
      }
      if (plan.rows.size > 0) {
        const keys = [...plan.rows.keys()].map((k) => k.split('\u0000'));
        const fields = [...plan.rows.values()].map((f) => JSON.stringify(f));
        await client.query(
          `INSERT INTO team_rows (team_id, tbl, row_id, fields, size, checked)
           SELECT $1, t, r, f, z, 1 FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[]) AS x(t, r, f, z)
           ON CONFLICT (team_id, tbl, row_id)
           DO UPDATE SET fields = excluded.fields, size = excluded.size, checked = 1`,
          [
            device.teamId,
            keys.map((k) => k[0]),
            keys.map((k) => k[1]),
            fields,
            fields.map((f, i) => rowBytes(keys[i]?.[0] ?? '', keys[i]?.[1] ?? '', f)),
          ],
        );
      }
      await client.query(
        'UPDATE teams SET last_seq = $1, checksum = $2, stored_bytes = stored_bytes + $3 WHERE id = $4',
        [plan.lastSeq, plan.checksum, plan.bytes, device.teamId],
      );
      if (plan.inserts.length > 0)
        await client.query('UPDATE clients SET last_id = $1 WHERE client_id = $2', [
          plan.clientLast,
          clientId,
        ]);
      return {
        acknowledged: changes.map((c) => c.id),
        stored: plan.inserts.length,
        seq: plan.lastSeq,
      };
    });
  }

  pull(teamId: number, options: PullOptions): Promise<PullResponse> {
    return this.transaction(
      async (client) => readPullPage(client, teamId, await this.team(client, teamId), options),
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
  }

  private async team(
    client: pg.PoolClient,
    teamId: number,
  ): Promise<{ lastSeq: number; checksum: string }> {
    const team = (
      await client.query<{ lastSeq: number; checksum: string }>(
        'SELECT last_seq AS "lastSeq", checksum FROM teams WHERE id = $1',
        [teamId],
      )
    ).rows[0];
    if (!team) throw new Error(`Team ${teamId} is gone`);
    return team;
  }

  async snapshot(teamId: number, options: SnapshotOptions): Promise<SnapshotResponse> {
    const { rows, page } = await this.transaction(
      async (client) => readSnapshotPage(client, teamId, await this.team(client, teamId), options),
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
    await markChecked(this.pool, teamId, rows);
    return page;
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await this.pool.query<StoreStats>(
      `SELECT (SELECT count(*)::int FROM teams) AS teams, (SELECT count(*)::int FROM users) AS users,
              (SELECT count(*)::int FROM changes) AS changes`,
    );
    return rows[0] ?? { teams: 0, users: 0, changes: 0 };
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
