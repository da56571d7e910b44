/**
 * The PostgreSQL server tests run against: OUTPOST_TEST_DATABASE_URL (set by .ci/run, which
 * installs and starts PostgreSQL). Each use starts from an empty schema.
 */
import pg from 'pg';

export const POSTGRES_URL = process.env.OUTPOST_TEST_DATABASE_URL ?? '';

export const POSTGRES_SKIP_REASON =
  'OUTPOST_TEST_DATABASE_URL is not set, so there is no PostgreSQL server to test against ' +
  '(.ci/run installs and starts one and sets it)';

export async function emptyPostgres(): Promise<string> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
  return POSTGRES_URL;
}
