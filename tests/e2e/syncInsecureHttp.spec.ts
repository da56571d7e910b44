/**
 * The sync settings refuse to send the device token over plain http:// to another computer, in
 * the user's language, until the user ticks the box that accepts the risk; then sync works. The
 * server process listens on every interface and is reached through this machine's own network
 * address, so it is "another computer" by its URL. Loopback needs no box.
 */
import { networkInterfaces } from 'node:os';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startSyncServerProcess, type RunningSyncServer } from './syncServerProcess';
import { startHost, type RunningHost } from './webHostProcess';

const LAN_ADDRESS =
  Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address ?? null;
const NO_LAN = 'this machine has no non-loopback IPv4 address to reach the server through';
if (!LAN_ADDRESS) console.log(`Plain-http settings test skipped: ${NO_LAN}`);

const MANUAL = { OUTPOST_SYNC_DEBOUNCE_MS: '600000', OUTPOST_SYNC_INTERVAL_MS: '600000' };
const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

let server: RunningSyncServer;
let host: RunningHost;

test.beforeAll(async () => {
  if (!LAN_ADDRESS) return;
  server = await startSyncServerProcess({ args: ['--host', '0.0.0.0'] });
  host = await startHost(undefined, MANUAL);
});

test.afterAll(async () => {
  await host?.stop();
  await server?.stop();
});

async function openSettings(page: Page) {
  await page.goto(host.url);
  const startEmpty = page.getByRole('button', { name: 'Start empty' });
  if (await startEmpty.isVisible()) await startEmpty.click();
  await page.goto(page.url().replace(/#.*$/, '') + '#/sync');
}

test('plain http to another computer needs the box ticked, in either language', async ({
  page,
}) => {
  test.skip(!LAN_ADDRESS, NO_LAN); // reason: a plain-http address other than loopback needs a LAN address here
  const port = new URL(server.url).port;
  const token = server.addUser('emea', 'Ann');
  await openSettings(page);
  const form = page.locator('form');
  const box = page.getByRole('checkbox', { name: 'Send the token over plain http:// anyway' });

  // Loopback: no box to tick.
  await field(form, 'Team server address').fill(`http://127.0.0.1:${port}`);
  await expect(box).toHaveCount(0);

  await field(form, 'Team server address').fill(`http://${LAN_ADDRESS}:${port}`);
  await page.getByLabel(/^Device token/).fill(token);
  await expect(box).toBeVisible();
  await expect(page.getByText(/anyone on the network could read your device token/)).toBeVisible();
  await page.getByRole('button', { name: 'Save and sync' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Outpost will not send your device token over plain http:// to another computer',
  );
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'not_configured');

  await page.getByText('简体中文', { exact: true }).click();
  await page.getByRole('button', { name: '保存并同步' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Outpost 不会通过明文 http:// 把您的设备令牌发送到其他计算机',
  );
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'not_configured');

  await page.getByRole('checkbox', { name: '仍然通过明文 http:// 发送令牌' }).check();
  await page.getByRole('button', { name: '保存并同步' }).click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'up_to_date');
  await expect(page.getByTestId('sync-summary')).toContainText(`http://${LAN_ADDRESS}:${port}`);
  await page.screenshot({ path: 'test-results/sync-insecure-http.png', fullPage: true });
});
