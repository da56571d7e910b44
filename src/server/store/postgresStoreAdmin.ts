/**
 * The admin half of the PostgreSQL store: teams, users and their device tokens, as the
 * `server team|user|device` commands manage them. The sync half (push, pull, snapshot) extends it.
 */
import type pg from 'pg';
import { AdminError, type UserSummary } from './syncStore';

export abstract class PostgresStoreAdmin {
  protected constructor(protected readonly pool: pg.Pool) {}

  /** Runs `fn` in one transaction on a client of the pool. */
  protected async transaction<T>(
    fn: (client: pg.PoolClient) => Promise<T>,
    begin = 'BEGIN',
  ): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query(begin);
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
  async addTeam(name: string, now: string): Promise<void> {
    const result = await this.pool.query(
      'INSERT INTO teams (name, created_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [name, now],
    );
    if (result.rowCount === 0) throw new AdminError(`A team named "${name}" already exists`);
  }

  protected async teamId(client: pg.PoolClient, team: string): Promise<number> {
    const row = (await client.query<{ id: number }>('SELECT id FROM teams WHERE name = $1', [team]))
      .rows[0];
    if (!row) throw new AdminError(`No team named "${team}" (add it with: server team add NAME)`);
    return row.id;
  }

  protected async user(
    client: pg.PoolClient,
    team: string,
    name: string,
    /** Lock the row, so a concurrent revoke or reinstate waits for this transaction. */
    forUpdate = false,
  ): Promise<{ id: number; revoked_at: string | null }> {
    const teamId = await this.teamId(client, team);
    const row = (
      await client.query<{ id: number; revoked_at: string | null }>(
        `SELECT id, revoked_at FROM users WHERE team_id = $1 AND name = $2${forUpdate ? ' FOR UPDATE' : ''}`,
        [teamId, name],
      )
    ).rows[0];
    if (!row) throw new AdminError(`No user named "${name}" in team "${team}"`);
    return row;
  }

  addUser(team: string, name: string, tokenHash: string, now: string): Promise<void> {
    return this.transaction(async (client) => {
      const teamId = await this.teamId(client, team);
      const added = await client.query<{ id: number }>(
        `INSERT INTO users (team_id, name, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (team_id, name) DO NOTHING RETURNING id`,
        [teamId, name, now],
      );
      const id = added.rows[0]?.id;
      if (id === undefined)
        throw new AdminError(`Team "${team}" already has a user named "${name}"`);
      await client.query(
        'INSERT INTO device_tokens (hash, user_id, created_at) VALUES ($1, $2, $3)',
        [tokenHash, id, now],
      );
    });
  }

  addDevice(team: string, name: string, tokenHash: string, now: string): Promise<void> {
    return this.transaction(async (client) => {
      const user = await this.user(client, team, name);
      if (user.revoked_at) throw new AdminError(`User "${name}" of team "${team}" is revoked`);
      await client.query(
        'INSERT INTO device_tokens (hash, user_id, created_at) VALUES ($1, $2, $3)',
        [tokenHash, user.id, now],
      );
    });
  }

  revokeUser(team: string, name: string, now: string): Promise<number> {
    return this.transaction(async (client) => {
      const user = await this.user(client, team, name);
      await client.query('UPDATE users SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2', [
        now,
        user.id,
      ]);
      const result = await client.query(
        'UPDATE device_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL',
        [now, user.id],
      );
      return result.rowCount ?? 0;
    });
  }

  reinstateUser(team: string, name: string, tokenHash: string, now: string): Promise<void> {
    return this.transaction(async (client) => {
      const user = await this.user(client, team, name, true);
      if (!user.revoked_at) throw new AdminError(`User "${name}" of team "${team}" is not revoked`);
      await client.query('UPDATE users SET revoked_at = NULL WHERE id = $1', [user.id]);
      await client.query(
        'INSERT INTO device_tokens (hash, user_id, created_at) VALUES ($1, $2, $3)',
        [tokenHash, user.id, now],
      );
    });
  }

  async listUsers(): Promise<UserSummary[]> {
    const { rows } = await this.pool.query<UserSummary>(
      `SELECT t.name AS team, u.name AS name, u.revoked_at IS NOT NULL AS revoked,
              (SELECT count(*)::int FROM device_tokens d WHERE d.user_id = u.id AND d.revoked_at IS NULL) AS devices
         FROM users u JOIN teams t ON t.id = u.team_id ORDER BY t.name, u.name`,
    );
    return rows;
  }
}
