-- Byte sizes, so pull and snapshot pages stop at a byte budget and each team has a storage
-- quota: every change and team row carries its size (as storePages.ts counts it), every team
-- the sum over its changes. Covering indexes let a page find where to stop without reading values.
-- Team rows written before this version are marked unchecked (`checked` 0): their fields were
-- never validated, so the server checks (and if need be rebuilds) each when it next reads it.
ALTER TABLE changes ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
UPDATE changes SET size = length(CAST(data AS BLOB)) + coalesce(length(CAST(base AS BLOB)), 0)
  + length(CAST(id AS BLOB)) + length(CAST(tbl AS BLOB)) + length(CAST(row_id AS BLOB)) + 128;
CREATE INDEX changes_size_idx ON changes (team_id, seq, client_id, size);
ALTER TABLE team_rows ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
UPDATE team_rows SET size = length(CAST(fields AS BLOB)) + length(CAST(tbl AS BLOB))
  + length(CAST(row_id AS BLOB)) + 64;
CREATE INDEX team_rows_size_idx ON team_rows (team_id, tbl, row_id, size);
ALTER TABLE team_rows ADD COLUMN checked INTEGER NOT NULL DEFAULT 0;
-- A row's changes, to rebuild a row an older server stored with a field it should have refused.
CREATE INDEX changes_row_idx ON changes (team_id, tbl, row_id, seq);
ALTER TABLE teams ADD COLUMN stored_bytes INTEGER NOT NULL DEFAULT 0;
UPDATE teams SET stored_bytes = coalesce((SELECT sum(size) FROM changes WHERE team_id = teams.id), 0);
