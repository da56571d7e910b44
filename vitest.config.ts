import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'electron/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Tests make many throwaway databases: plain unless the test is about encryption (those
    // give a passphrase, and one checks that a new database is refused without one).
    env: { OUTPOST_PLAIN_DATABASE: '1' },
  },
});
