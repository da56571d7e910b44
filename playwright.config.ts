import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './tests/chromiumLaunch';
import { E2E_PASSPHRASE } from './tests/e2e/webHostProcess';

// Every database the app makes is encrypted: the web hosts and CLI runs of the e2e tests set up
// and unlock theirs from the environment, as scripts do (the set-up page has its own test).
process.env.OUTPOST_DB_PASSPHRASE ??= E2E_PASSPHRASE;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    viewport: { width: 1400, height: 900 },
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    screenshot: 'only-on-failure',
  },
});
