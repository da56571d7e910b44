-- Outpost sync server, PostgreSQL store: the same model as the SQLite store.
CREATE TABLE teams (
  id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  last_seq BIGINT NOT NULL DEFAULT 0,
  checksum TEXT NOT NULL DEFAULT '0000000000000000',
  created_at TEXT NOT NULL
);
CREATE TABLE users (
  id BIGSERIAL PRIMARY KEY,
  team_id BIGINT NOT NULL REFERENCES teams (id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  UNIQUE (team_id, name)
);
CREATE TABLE device_tokens (
  hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE TABLE clients (
  client_id TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  first_seen TEXT NOT NULL
);
CREATE TABLE changes (
  team_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  user_id BIGINT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  data TEXT NOT NULL,
  base TEXT,
  checksum TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (team_id, seq)
);
CREATE UNIQUE INDEX changes_id_idx ON changes (team_id, id);
-- Byte order ("C") so snapshot paging by (tbl, row_id) walks the primary key like SQLite does.
CREATE TABLE team_rows (
  team_id BIGINT NOT NULL,
  tbl TEXT COLLATE "C" NOT NULL,
  row_id TEXT COLLATE "C" NOT NULL,
  fields TEXT NOT NULL,
  PRIMARY KEY (team_id, tbl, row_id)
);
