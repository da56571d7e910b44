/**
 * The PostgreSQL server tests run against: OUTPOST_TEST_DATABASE_URL (set by .ci/run, which
 * installs and starts PostgreSQL). Each use gets a schema of its own, so test files running in
 * parallel never see each other's tables.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const POSTGRES_URL = process.env.OUTPOST_TEST_DATABASE_URL ?? '';

export const POSTGRES_SKIP_REASON =
  'OUTPOST_TEST_DATABASE_URL is not set, so there is no PostgreSQL server to test against ' +
  '(.ci/run installs and starts one and sets it)';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestSchema {
  /** The database URL with this schema first on the search path. */
  url: string;
  drop(): Promise<void>;
}

export async function emptyPostgres(): Promise<TestSchema> {
  const schema = `outpost_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE SCHEMA ${schema}`);
  const separator = POSTGRES_URL.includes('?') ? '&' : '?';
  return {
    url: `${POSTGRES_URL}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    drop: () => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
  };
}
