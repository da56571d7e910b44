-- Byte sizes, so pull and snapshot pages stop at a byte budget and each team has a storage
-- quota: every change and team row carries its size (as storePages.ts counts it), every team
-- the sum over its changes. Covering indexes let a page find where to stop without reading values.
-- Team rows written before this version are marked unchecked (`checked` 0): their fields were
-- never validated, so the server checks (and if need be rebuilds) each when it next reads it.
ALTER TABLE changes ADD COLUMN size BIGINT NOT NULL DEFAULT 0;
UPDATE changes SET size = octet_length(data) + coalesce(octet_length(base), 0)
  + octet_length(id) + octet_length(tbl) + octet_length(row_id) + 128;
CREATE INDEX changes_size_idx ON changes (team_id, seq) INCLUDE (client_id, size);
ALTER TABLE team_rows ADD COLUMN size BIGINT NOT NULL DEFAULT 0;
UPDATE team_rows SET size = octet_length(fields) + octet_length(tbl) + octet_length(row_id) + 64;
CREATE INDEX team_rows_size_idx ON team_rows (team_id, tbl, row_id) INCLUDE (size);
ALTER TABLE team_rows ADD COLUMN checked INTEGER NOT NULL DEFAULT 0;
-- A row's changes, to rebuild a row an older server stored with a field it should have refused.
CREATE INDEX changes_row_idx ON changes (team_id, tbl, row_id, seq);
ALTER TABLE teams ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0;
UPDATE teams SET stored_bytes = coalesce((SELECT sum(size) FROM changes WHERE team_id = teams.id), 0);
