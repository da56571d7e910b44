-- Record ids are unique across tables: a push may not give one to a row of another table.
CREATE INDEX team_rows_row_id_idx ON team_rows (team_id, row_id);
