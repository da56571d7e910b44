/**
 * Writing into a sync store's tables directly, the way an older server stored what it accepted
 * before it checked what changes mean (poisoned change ids, semantic garbage, huge notes), so
 * tests can see what today's server and clients do with a store that already holds them. Also
 * builds a store at schema 0000 (before byte sizes) to test the upgrade.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { hashToken, newDeviceToken } from '../../../src/server/auth/deviceToken';
import type { RowFields } from '../../../src/core/sync/fieldMerge';
import { planPush, rowKey, touchedRows } from '../../../src/server/store/pushPlan';
import { rowBytes } from '../../../src/server/store/storePages';
import { serverMigrationsDir } from '../../../src/server/store/storeMigrations';
import type { SyncChange } from '../../../src/shared/sync/syncProtocol';
import { sqliteStoreFile, type StoreLocation } from './serverProcess';

type Row = Record<string, unknown>;

export interface StoreSql {
  kind: 'sqlite' | 'postgres';
  /** Runs one statement with `$1…` parameters (each used once, in order) and returns its rows. */
  run(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export async function openStoreSql(location: StoreLocation): Promise<StoreSql> {
  if (location.databaseUrl) {
    const client = new pg.Client({ connectionString: location.databaseUrl });
    await client.connect();
    return {
      kind: 'postgres',
      run: async (sql, params = []) => (await client.query(sql, params)).rows as Row[],
      close: () => client.end(),
    };
  }
  const db = new Database(sqliteStoreFile(location.dataDir));
  db.pragma('busy_timeout = 10000');
  // Test set-up, not a server: durability does not matter, and WAL is what the server uses.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  return {
    kind: 'sqlite',
    run: (sql, params = []) => {
      const statement = db.prepare(sql.replace(/\$\d+/g, '?'));
      return Promise.resolve(
        statement.reader ? (statement.all(...params) as Row[]) : (statement.run(...params), []),
      );
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

/** A store as the first server version left it: schema 0000 only, no byte sizes. */
export async function createOldStore(sql: StoreSql): Promise<void> {
  const init = readFileSync(join(serverMigrationsDir(sql.kind), '0000_init.sql'), 'utf8');
  await sql.run('CREATE TABLE server_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  for (const statement of init.split(';').filter((s) => s.replace(/--.*$/gm, '').trim()))
    await sql.run(statement);
  await sql.run('INSERT INTO server_migrations (name, applied_at) VALUES ($1, $2)', [
    '0000_init.sql',
    new Date().toISOString(),
  ]);
}

/** A team and a user with a device token, written straight into the tables. */
export async function plantUser(sql: StoreSql, team: string, user: string): Promise<string> {
  const now = new Date().toISOString();
  await sql.run('INSERT INTO teams (name, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    team,
    now,
  ]);
  const [t] = await sql.run('SELECT id FROM teams WHERE name = $1', [team]);
  await sql.run('INSERT INTO users (team_id, name, created_at) VALUES ($1, $2, $3)', [
    t?.id,
    user,
    now,
  ]);
  const [u] = await sql.run('SELECT id FROM users WHERE team_id = $1 AND name = $2', [t?.id, user]);
  const token = newDeviceToken();
  await sql.run('INSERT INTO device_tokens (hash, user_id, created_at) VALUES ($1, $2, $3)', [
    hashToken(token),
    u?.id,
    now,
  ]);
  return token;
}

async function hasSizes(sql: StoreSql): Promise<boolean> {
  const rows =
    sql.kind === 'sqlite'
      ? await sql.run("SELECT name FROM pragma_table_info('teams') WHERE name = 'stored_bytes'")
      : await sql.run(
          `SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = 'teams' AND column_name = 'stored_bytes'`,
        );
  return rows.length > 0;
}

/**
 * Stores changes as an old server's push did — sequence, checksum, merged team rows — with no
 * check of what they mean. The client id is bound to the user.
 */
export async function plantChanges(
  sql: StoreSql,
  who: { team: string; user: string; clientId: string },
  changes: SyncChange[],
): Promise<void> {
  const sized = await hasSizes(sql);
  const now = new Date().toISOString();
  await sql.run('BEGIN');
  const [team] = await sql.run('SELECT id, last_seq, checksum FROM teams WHERE name = $1', [
    who.team,
  ]);
  const [user] = await sql.run('SELECT id FROM users WHERE team_id = $1 AND name = $2', [
    team?.id,
    who.user,
  ]);
  await sql.run(
    'INSERT INTO clients (client_id, user_id, first_seen) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    [who.clientId, user?.id, now],
  );
  const current = new Map<string, RowFields>();
  for (const { table, rowId } of touchedRows(changes)) {
    const [row] = await sql.run(
      'SELECT fields FROM team_rows WHERE team_id = $1 AND tbl = $2 AND row_id = $3',
      [team?.id, table, rowId],
    );
    if (row) current.set(rowKey(table, rowId), JSON.parse(String(row.fields)) as RowFields);
  }
  const plan = planPush(
    { lastSeq: Number(team?.last_seq), checksum: String(team?.checksum) },
    changes,
    new Map(),
    current,
    { id: who.clientId, last: null },
  );
  for (const s of plan.inserts)
    await sql.run(
      `INSERT INTO changes (team_id, seq, id, client_id, user_id, tbl, row_id, data, base, checksum, received_at${sized ? ', size' : ''})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11${sized ? ', $12' : ''})`,
      [
        team?.id,
        s.seq,
        s.change.id,
        who.clientId,
        user?.id,
        s.change.table,
        s.change.rowId,
        s.data,
        s.base,
        s.checksum,
        now,
        ...(sized ? [s.size] : []),
      ],
    );
  for (const [key, fields] of plan.rows) {
    const [table = '', rowId = ''] = key.split('\u0000');
    const json = JSON.stringify(fields);
    // An old server knew nothing of checking: what it wrote is unchecked.
    await sql.run(
      `INSERT INTO team_rows (team_id, tbl, row_id, fields${sized ? ', size, checked' : ''})
       VALUES ($1, $2, $3, $4${sized ? ', $5, 0' : ''})
       ON CONFLICT (team_id, tbl, row_id)
       DO UPDATE SET fields = excluded.fields${sized ? ', size = excluded.size, checked = 0' : ''}`,
      [team?.id, table, rowId, json, ...(sized ? [rowBytes(table, rowId, json)] : [])],
    );
  }
  await sql.run(
    `UPDATE teams SET last_seq = $1, checksum = $2${sized ? ', stored_bytes = stored_bytes + $3' : ''} WHERE id = $${sized ? 4 : 3}`,
    [plan.lastSeq, plan.checksum, ...(sized ? [plan.bytes] : []), team?.id],
  );
  await sql.run('COMMIT');
}
