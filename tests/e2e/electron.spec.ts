import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../../src/hosts/common/electronBinary';

const binary = electronBinary();
const reason =
  "Electron's binary is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); the same UI is tested through the local web host";

test('the desktop app opens its window with the API bridge and no Node in the page', async () => {
  if (!binary) console.log(`skipped: ${reason}`);
  test.skip(!binary, reason); // reason: Electron's binary is absent (not downloadable on build machines)
  const dbFile = join(mkdtempSync(join(tmpdir(), 'outpost-electron-')), 'outpost.db');
  const app = await electron.launch({ args: ['.'], env: { ...process.env, OUTPOST_DB: dbFile } });
  const window = await app.firstWindow();
  await expect(window).toHaveTitle('Outpost');
  expect(
    await window.evaluate(() => typeof (window as unknown as { outpost?: unknown }).outpost),
  ).toBe('object');
  expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
    'undefined',
  );
  await expect(window.getByRole('heading', { name: 'Welcome to Outpost' })).toBeVisible();
  await app.close();
});
