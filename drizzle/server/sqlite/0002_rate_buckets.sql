-- Rate limits shared by every server process on this store: one token bucket per key
-- ("user:<id>", "addr:<address>"), and whether its last take was granted. Losing it only refills
-- the buckets, so it is written without waiting for the disk (see sqliteRateBuckets.ts).
CREATE TABLE rate_buckets (
  bucket TEXT PRIMARY KEY,
  tokens REAL NOT NULL,
  at_ms INTEGER NOT NULL,
  granted INTEGER NOT NULL
) WITHOUT ROWID;
