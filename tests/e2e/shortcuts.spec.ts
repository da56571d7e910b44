/**
 * The app's shortcuts in the browser host (the desktop app's menu uses the same list): the command
 * palette lists each command with its shortcut, the shortcuts work from anywhere, and the network
 * coming back asks for a sync round at once.
 */
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from './webHostProcess';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('shortcuts go to pages, open the palette, switch dark mode and focus search', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('button', { name: 'Start empty' }).click();

  await page.keyboard.press('Control+3');
  await expect(page).toHaveURL(/#\/renewals$/);
  await page.keyboard.press('Control+1');
  await expect(page).toHaveURL(/#\/today$/);

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog');
  const renewals = palette.getByRole('button', { name: /Renewals/ });
  await expect(renewals).toContainText('Ctrl+3');
  await expect(palette.getByRole('button', { name: /New account/ })).toContainText('Ctrl+N');
  await page.waitForTimeout(300); // the palette's fade-in, for the screenshot
  await page.screenshot({ path: 'test-results/palette-shortcuts.png' });
  await renewals.click();
  await expect(page).toHaveURL(/#\/renewals$/);

  const scheme = () => page.evaluate(() => document.documentElement.dataset.mantineColorScheme);
  const before = await scheme();
  await page.keyboard.press('Control+Shift+L');
  await expect.poll(scheme).not.toBe(before);

  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('searchbox').or(page.getByPlaceholder(/Search/))).toBeFocused();

  // The 中文 palette speaks Chinese with the same shortcuts.
  await page.getByText('简体中文', { exact: true }).click();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog').getByRole('button', { name: /^续约/ })).toContainText(
    'Ctrl+3',
  );
});

test('Export Renewal Forecast from anywhere opens the renewals and downloads the spreadsheet', async ({
  page,
}) => {
  await page.goto(`${host.url}#/today`);
  await page.getByText('English', { exact: true }).click();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+Shift+E');
  await expect(page).toHaveURL(/#\/renewals$/);
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  // On another tab of the renewals page, the forecast opens and exports at once.
  await page.getByRole('tab', { name: 'What changed' }).click();
  const again = page.waitForEvent('download');
  await page.keyboard.press('Control+Shift+E');
  expect((await again).suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(page.getByRole('tab', { name: 'Forecast' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('the network coming back asks for a sync round at once', async ({ page, context }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading').first()).toBeVisible();
  await context.setOffline(true);
  const asked = page.waitForRequest((r) => r.url().endsWith('/api/sync:networkBack'));
  await context.setOffline(false);
  const request = await asked;
  expect(request.method()).toBe('POST');
});
