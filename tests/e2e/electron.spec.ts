import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../../src/hosts/common/electronBinary';
import { en } from '../../src/renderer/i18n/en';

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
  // The first start encrypts the database: with the system keychain where it is real, else with
  // a passphrase (Linux without a keyring).
  await expect(window.getByRole('heading', { name: en['security.setUp.title'] })).toBeVisible();
  const passphrase = window.getByLabel(en['security.passphrase'], { exact: true });
  if (await passphrase.isVisible()) {
    await passphrase.fill('desktop test passphrase');
    await window.getByLabel(en['security.passphraseAgain']).fill('desktop test passphrase');
    await window.getByRole('button', { name: en['security.setUp.button'] }).click();
  } else await window.getByRole('button', { name: en['security.setUp.os'] }).click();
  await expect(window.getByTestId('recovery-key').getByRole('listitem')).toHaveCount(24);
  await window.getByLabel(en['security.recovery.written']).check();
  await window.getByRole('button', { name: en['security.recovery.continue'] }).click();
  await expect(window.getByRole('heading', { name: 'Welcome to Outpost' })).toBeVisible();
  await app.close();
});
