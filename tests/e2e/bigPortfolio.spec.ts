import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from './webHostProcess';

// The whole 10,000-account demo portfolio (≈1.5 million records) is generated once for this file.
let host: RunningHost;
test.beforeAll(async () => {
  test.setTimeout(600_000);
  const dbFile = join(mkdtempSync(join(tmpdir(), 'outpost-big-')), 'outpost.db');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/hosts/cli/cliMain.ts', '--db', dbFile, 'demo', '--accounts', '10000'],
    { stdio: 'inherit' },
  );
  host = await startHost(dbFile);
});
test.afterAll(async () => {
  await host.stop();
});

test('the 10,000-account portfolio opens, scrolls to the end, filters and sorts', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByText('English').click();
  await expect(page.getByTestId('portfolio-count')).toHaveText('10,000 of 10,000');
  // Virtualized: only the rows in view are in the page, however many accounts there are.
  const rendered = await page.getByTestId('portfolio-row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);

  const table = page.getByTestId('portfolio-table');
  const firstName = await page
    .getByTestId('portfolio-row')
    .first()
    .locator('span')
    .first()
    .textContent();
  for (let step = 1; step <= 5; step++) {
    await table.evaluate((el, f) => el.scrollTo(0, el.scrollHeight * f), step / 5);
    await page.waitForTimeout(50);
  }
  const lastName = await page
    .getByTestId('portfolio-row')
    .last()
    .locator('span')
    .first()
    .textContent();
  expect(lastName).not.toBe(firstName);
  await expect(page.getByTestId('portfolio-row').last()).toBeVisible();

  // Sort by ARR, largest first, then filter by segment.
  await table.evaluate((el) => el.scrollTo(0, 0));
  await page.getByRole('button', { name: /^ARR/ }).click();
  await expect(page.getByRole('button', { name: /^ARR/ })).toHaveText('ARR ↓');
  await expect(page.getByTestId('portfolio-row').first().locator('span').first()).not.toHaveText(
    firstName ?? '',
  );
  await page.getByPlaceholder('Segment', { exact: true }).click();
  await page.getByRole('option', { name: 'Enterprise' }).click();
  await expect(page.getByTestId('portfolio-count')).not.toHaveText('10,000 of 10,000');
  await expect(page.getByTestId('portfolio-row').first()).toContainText('Enterprise');
});
