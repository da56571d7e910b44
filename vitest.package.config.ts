import { defineConfig } from 'vitest/config';

// The packaging and start-up tests use the built app in `out/`: run after `npm run build`, one
// file at a time so none rebuilds `out/` under another.
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
