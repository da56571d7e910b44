/**
 * The admin half of the embedded SQLite store: teams, users and their device tokens, as the
 * `server team|user|device` commands manage them. The sync half (push, pull, snapshot) extends it.
 */
import type Database from 'better-sqlite3';
import { AdminError, type UserSummary } from './syncStore';

export abstract class SqliteStoreAdmin {
  protected abstract readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  /** A prepared statement, kept for the life of the store. */
  protected sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  addTeam(name: string, now: string): Promise<void> {
    const result = this.sql('INSERT OR IGNORE INTO teams (name, created_at) VALUES (?, ?)').run(
      name,
      now,
    );
    if (result.changes === 0) throw new AdminError(`A team named "${name}" already exists`);
    return Promise.resolve();
  }

  protected teamId(team: string): number {
    const row = this.sql('SELECT id FROM teams WHERE name = ?').get(team) as
      { id: number } | undefined;
    if (!row) throw new AdminError(`No team named "${team}" (add it with: server team add NAME)`);
    return row.id;
  }

  protected user(team: string, name: string): { id: number; revoked_at: string | null } {
    const teamId = this.teamId(team);
    const row = this.sql('SELECT id, revoked_at FROM users WHERE team_id = ? AND name = ?').get(
      teamId,
      name,
    ) as { id: number; revoked_at: string | null } | undefined;
    if (!row) throw new AdminError(`No user named "${name}" in team "${team}"`);
    return row;
  }

  addUser(team: string, name: string, tokenHash: string, now: string): Promise<void> {
    this.db
      .transaction(() => {
        const teamId = this.teamId(team);
        const added = this.sql(
          'INSERT OR IGNORE INTO users (team_id, name, created_at) VALUES (?, ?, ?)',
        ).run(teamId, name, now);
        if (added.changes === 0)
          throw new AdminError(`Team "${team}" already has a user named "${name}"`);
        this.sql('INSERT INTO device_tokens (hash, user_id, created_at) VALUES (?, ?, ?)').run(
          tokenHash,
          added.lastInsertRowid,
          now,
        );
      })
      .immediate();
    return Promise.resolve();
  }

  addDevice(team: string, name: string, tokenHash: string, now: string): Promise<void> {
    const user = this.user(team, name);
    if (user.revoked_at) throw new AdminError(`User "${name}" of team "${team}" is revoked`);
    this.sql('INSERT INTO device_tokens (hash, user_id, created_at) VALUES (?, ?, ?)').run(
      tokenHash,
      user.id,
      now,
    );
    return Promise.resolve();
  }

  revokeUser(team: string, name: string, now: string): Promise<number> {
    const count = this.db
      .transaction(() => {
        const user = this.user(team, name);
        this.sql('UPDATE users SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(
          now,
          user.id,
        );
        return this.sql(
          'UPDATE device_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL',
        ).run(now, user.id).changes;
      })
      .immediate();
    return Promise.resolve(count);
  }

  reinstateUser(team: string, name: string, tokenHash: string, now: string): Promise<void> {
    this.db
      .transaction(() => {
        const user = this.user(team, name);
        if (!user.revoked_at)
          throw new AdminError(`User "${name}" of team "${team}" is not revoked`);
        this.sql('UPDATE users SET revoked_at = NULL WHERE id = ?').run(user.id);
        this.sql('INSERT INTO device_tokens (hash, user_id, created_at) VALUES (?, ?, ?)').run(
          tokenHash,
          user.id,
          now,
        );
      })
      .immediate();
    return Promise.resolve();
  }

  listUsers(): Promise<UserSummary[]> {
    const rows = this.sql(
      `SELECT t.name AS team, u.name AS name, u.revoked_at IS NOT NULL AS revoked,
              (SELECT count(*) FROM device_tokens d WHERE d.user_id = u.id AND d.revoked_at IS NULL) AS devices
         FROM users u JOIN teams t ON t.id = u.team_id ORDER BY t.name, u.name`,
    ).all() as { team: string; name: string; revoked: number; devices: number }[];
    return Promise.resolve(rows.map((r) => ({ ...r, revoked: r.revoked === 1 })));
  }
}
