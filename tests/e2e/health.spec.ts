/**
 * "Why this score" through the local web host: an account's Health tab shows the score, band,
 * drivers in words and every measure; logging a detractor NPS response changes the explanation
 * (and never raises the score) without a reload.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from './webHostProcess';

let host: RunningHost;
let dir: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outpost-health-e2e-'));
  const db = join(dir, 'outpost.db');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/hosts/cli/cliMain.ts', '--db', db, 'demo', '--accounts', '4'],
    { env: { ...process.env, INIT_CWD: '' } },
  );
  host = await startHost(db);
});

test.afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const detractors = (text: string | null) => Number(/(\d+) detractors/.exec(text ?? '')?.[1] ?? 0);

test('the health score shows its working and reacts to a detractor', async ({ page }) => {
  await page.goto(host.url);
  await page.getByTestId('portfolio-row').first().click();
  await expect(page.getByTestId('health-badge')).toBeVisible();
  await page.getByRole('tab', { name: 'Health' }).click();

  const score = Number(await page.getByTestId('health-score').textContent());
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);
  await expect(page.getByTestId('health-group-adoption')).toContainText('License utilisation');
  await expect(page.getByTestId('health-group-support')).toContainText('Open:');
  await expect(page.getByTestId('health-trend')).toContainText(/vs 30 days ago|No trend yet/);
  const npsRow = page.getByTestId('health-group-sentiment').getByRole('row', { name: /NPS/ });
  const before = detractors(await npsRow.textContent());
  await page.screenshot({ path: 'test-results/health-tab.png', fullPage: true });

  // A detractor answers: log the response on the Signals tab (NPS and today are the defaults).
  await page.getByRole('tab', { name: 'Signals' }).click();
  await page.getByRole('button', { name: 'Add survey response' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Score/).fill('0');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Health' }).click();
  await expect(npsRow).toContainText(`${before + 1} detractors`);
  const after = Number(await page.getByTestId('health-score').textContent());
  expect(after).toBeLessThanOrEqual(score);
  // The header badge (first) follows too.
  await expect(page.getByTestId('health-badge').first()).toContainText(String(after));
});
