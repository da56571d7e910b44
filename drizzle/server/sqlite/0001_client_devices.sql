-- A client (node) id belongs to the device token that first used it, not only to its user: a
-- copied database keeps its node id and must not write under it from another device. last_id is
-- the newest change stored from the client: an HLC only moves forward, so a new change older than
-- it comes from a second copy of the database. Teams whose checksum_version is 1 still hold
-- checksums over ids only; the store recomputes them over ids and content when it opens.
ALTER TABLE clients ADD COLUMN token_hash TEXT;
ALTER TABLE clients ADD COLUMN last_id TEXT;
UPDATE clients SET last_id = (SELECT max(c.id) FROM changes c WHERE c.client_id = clients.client_id);
ALTER TABLE teams ADD COLUMN checksum_version INTEGER NOT NULL DEFAULT 2;
UPDATE teams SET checksum_version = 1;
