import { defineConfig } from 'vitest/config';

// The packaging tests build the desktop package from `out/`: run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
