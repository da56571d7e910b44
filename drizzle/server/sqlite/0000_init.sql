-- Outpost sync server, SQLite store: teams, users, device tokens, clients, the change log
-- with its per-team sequence, and each team's current rows (for new devices' snapshots).
CREATE TABLE teams (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  last_seq INTEGER NOT NULL DEFAULT 0,
  checksum TEXT NOT NULL DEFAULT '0000000000000000',
  created_at TEXT NOT NULL
);
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES teams (id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  UNIQUE (team_id, name)
);
CREATE TABLE device_tokens (
  hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE TABLE clients (
  client_id TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  first_seen TEXT NOT NULL
);
CREATE TABLE changes (
  team_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  user_id INTEGER NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  data TEXT NOT NULL,
  base TEXT,
  checksum TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (team_id, seq)
) WITHOUT ROWID;
CREATE UNIQUE INDEX changes_id_idx ON changes (team_id, id);
CREATE TABLE team_rows (
  team_id INTEGER NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  fields TEXT NOT NULL,
  PRIMARY KEY (team_id, tbl, row_id)
) WITHOUT ROWID;
