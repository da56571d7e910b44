-- A client (node) id belongs to the device token that first used it (see the SQLite store's
-- migration of the same name); last_id is the newest change stored from it; teams with
-- checksum_version 1 get their checksums recomputed over ids and content when the store opens.
ALTER TABLE clients ADD COLUMN token_hash TEXT;
ALTER TABLE clients ADD COLUMN last_id TEXT;
UPDATE clients SET last_id = (SELECT max(c.id COLLATE "C") FROM changes c WHERE c.client_id = clients.client_id);
ALTER TABLE teams ADD COLUMN checksum_version INTEGER NOT NULL DEFAULT 2;
UPDATE teams SET checksum_version = 1;
