-- Rate limits shared by every server process on this database: one token bucket per key
-- ("user:<id>", "addr:<address>"), and whether its last take was granted. UNLOGGED: a crash only
-- refills the buckets, and a write to it never waits for the WAL to reach the disk.
CREATE UNLOGGED TABLE rate_buckets (
  bucket TEXT PRIMARY KEY,
  tokens DOUBLE PRECISION NOT NULL,
  at_ms BIGINT NOT NULL,
  granted SMALLINT NOT NULL
);
