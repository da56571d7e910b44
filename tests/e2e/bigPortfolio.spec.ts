import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
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

/** The risk board in English, ready: its "Recompute all scores" button. */
async function openRiskBoard(page: Page): Promise<Locator> {
  await page.goto(`${host.url}#/risk`);
  await page.getByText('English').click();
  const recompute = page.getByRole('button', { name: 'Recompute all scores' });
  await expect(recompute).toBeVisible();
  return recompute;
}

test('the app stays answerable while every score of the portfolio is recomputed', async ({
  page,
}) => {
  const recompute = await openRiskBoard(page);
  let recomputed = false;
  const done = page
    .waitForResponse((r) => r.url().endsWith('/api/health:refresh'), { timeout: 120_000 })
    .then(() => (recomputed = true));
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/health:refresh'));
  await recompute.click();
  await sent;
  // The host answers a request at once: the workspace worker does the recomputing.
  const answered = await page.evaluate(async () => {
    const start = performance.now();
    await fetch('/index.html', { cache: 'no-store' });
    return performance.now() - start;
  });
  // A click is answered: the page it asks for is the active one within the next frames.
  const clicked = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        document.querySelector<HTMLElement>('a[href="#/today"]')!.click();
        const check = () =>
          document.querySelector('a[href="#/today"][data-active]')
            ? resolve(performance.now() - start)
            : requestAnimationFrame(check);
        check();
      }),
  );
  // Both were answered while the recomputing still ran.
  expect(recomputed).toBe(false);
  expect(answered).toBeLessThan(100);
  expect(clicked).toBeLessThan(100);
  await done;
  console.log(
    `while recomputing 10,000 accounts: a request answered in ${answered.toFixed(0)} ms, a click in ${clicked.toFixed(0)} ms`,
  );
});

test('recomputing every score shows how far it got, and Cancel stops it with nothing changed', async ({
  page,
}) => {
  const recompute = await openRiskBoard(page);
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/health:refresh'), {
    timeout: 120_000,
  });
  await recompute.click();
  const panel = page.getByTestId('task-progress');
  await expect(panel).toContainText('Recomputing every score');
  await panel.getByRole('button', { name: 'Cancel' }).click();
  const result = (await (await answered).json()) as { ok: boolean; error?: { code: string } };
  expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  await expect(page.getByText('Stopped: no score was changed.')).toBeVisible();
  await expect(panel).toHaveCount(0);
});
