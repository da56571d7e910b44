/**
 * "Why this score" and alerts through the local web host: an account's Health tab shows the
 * score, band, drivers in words and every measure; logging a detractor NPS response changes the
 * score, the explanation and the alerts without a reload; the alert's play creates action items;
 * the alert is snoozed; Today, the risk board, calibration and the scorecard editor work.
 */
import { expect, test } from '@playwright/test';
import { startDemoHost, type RunningHost } from './webHostProcess';

let host: RunningHost;

test.beforeAll(async () => {
  host = await startDemoHost(8);
});

test.afterAll(async () => {
  await host?.stop();
});

const detractors = (text: string | null) => Number(/detractors (\d+)/.exec(text ?? '')?.[1] ?? 0);

test('the health score shows its working, reacts to a detractor, and its alert can be played and snoozed', async ({
  page,
}) => {
  await page.goto(host.url);
  // An account scored green or yellow, with no detractor alert yet.
  const rows = page.getByTestId('portfolio-row');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  let found = false;
  for (let i = 0; i < count && !found; i++) {
    await page.goto(`${host.url.replace(/#.*$/, '')}#/portfolio`);
    const row = page.getByTestId('portfolio-row').nth(i);
    // Scores arrive after the rows: wait until this row shows its badge or "Not scored".
    await expect(row.getByTestId('health-badge').or(row.getByText('Not scored'))).toBeVisible();
    if ((await row.getByTestId('health-badge').count()) === 0) continue;
    await row.click();
    await page.getByRole('tab', { name: 'Health' }).click();
    await expect(page.getByTestId('health-score')).toBeVisible();
    found =
      (await page
        .getByTestId('health-alerts')
        .locator('[data-type="detractor_response"]')
        .count()) === 0;
  }
  expect(found, 'a demo account without a detractor alert').toBe(true);

  const score = Number(await page.getByTestId('health-score').textContent());
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);
  await expect(page.getByTestId('health-group-adoption')).toContainText('License utilisation');
  await expect(page.getByTestId('health-group-support')).toContainText('Open:');
  await expect(page.getByTestId('health-trend')).toContainText(/vs 30 days ago|No trend yet/);
  await expect(page.getByTestId('health-history')).toBeVisible();
  const npsRow = page.getByTestId('health-group-sentiment').getByRole('row', { name: /NPS/ });
  // The measure's inputs, in its second cell: "… promoters 2, detractors 2".
  const npsInputs = npsRow.getByRole('cell').nth(1);
  const before = detractors(await npsInputs.textContent());
  await page.screenshot({ path: 'test-results/health-tab.png', fullPage: true });

  // A detractor answers: log the response on the Signals tab (NPS and today are the defaults).
  await page.getByRole('tab', { name: 'Signals' }).click();
  await page.getByRole('button', { name: 'Add survey response' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Score/).fill('0');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Health' }).click();
  await expect(npsInputs).toContainText(`detractors ${before + 1}`);
  const after = Number(await page.getByTestId('health-score').textContent());
  expect(after).toBeLessThanOrEqual(score);
  // The header badge (first) follows too.
  await expect(page.getByTestId('health-badge').first()).toContainText(String(after));
  const alert = page.getByTestId('health-alerts').locator('[data-type="detractor_response"]');
  await expect(alert).toHaveAttribute('data-state', 'open');
  await expect(alert).toContainText(/NPS 0 on .*detractor response/);
  await page.screenshot({ path: 'test-results/health-alert.png', fullPage: true });

  // The overview shows the same at a glance.
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByTestId('overview-health')).toContainText(String(after));
  await expect(page.getByTestId('overview-health')).toContainText('Detractor response');
  await page.getByRole('tab', { name: 'Health' }).click();

  // Run the play: its action items appear on the account.
  // The play is previewed first; a second run creates nothing new.
  await alert.getByRole('button', { name: 'Run play' }).click();
  const preview = page.getByTestId('play-preview');
  await expect(preview.getByTestId('play-step')).toHaveCount(3);
  await preview.getByRole('button', { name: 'Create 3 action items' }).click();
  await expect(page.getByText('3 action items created')).toBeVisible();
  await expect(preview).toBeHidden();
  await alert.getByRole('button', { name: 'Run play' }).click();
  await expect(preview.locator('[data-created]')).toHaveCount(3);
  await expect(preview.getByRole('button', { name: 'Nothing new to create' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await page.getByRole('tab', { name: 'Success plan' }).click();
  await expect(
    page.getByText('Call the detractor within two days to hear the issue'),
  ).toBeVisible();

  // Snooze it for a week.
  await page.getByRole('tab', { name: 'Health' }).click();
  await alert.getByRole('button', { name: /Snooze/ }).click();
  await page.getByRole('menuitem', { name: 'Snooze' }).click();
  const snooze = page.getByRole('dialog');
  await snooze.getByLabel('Note (optional)').fill('Waiting for their fix');
  await snooze.getByRole('button', { name: 'Snooze' }).click();
  await expect(snooze).toBeHidden();
  await expect(alert).toHaveAttribute('data-state', 'snoozed');
  await expect(alert).toContainText('Snoozed until');
});

test('Today, the risk board, calibration and the scorecard editor', async ({ page }) => {
  await page.goto(`${host.url.replace(/#.*$/, '')}#/today`);
  await expect(page.getByRole('heading', { name: /^Today/ })).toBeVisible();
  await expect(page.getByTestId('today-overdue')).toBeVisible();
  await expect(page.getByTestId('today-renewals')).toBeVisible();

  await page.getByRole('link', { name: 'Risk board' }).click();
  await expect(page.getByRole('heading', { name: 'Risk board' })).toBeVisible();
  await expect(page.getByTestId('risk-red')).toContainText('ARR at risk');
  await page.getByRole('button', { name: 'Recompute all scores' }).click();
  await expect(page.getByTestId('risk-red')).toContainText('ARR at risk');

  await page.getByRole('link', { name: 'Calibration' }).click();
  await expect(page.getByTestId('calibration-bands')).toContainText('90% (default)');
  await expect(page.getByTestId('calibration-versus')).toContainText(
    /^Bands: Brier [\d.]+ · constant forecast \(base rate \d+%\): [\d.]+ — the bands predict/,
  );

  await page.getByRole('link', { name: 'Scorecard' }).click();
  await expect(page.getByTestId('scorecard-version')).toContainText('version 1');
  const weight = page.getByLabel('Adoption Weight %');
  await weight.fill('40');
  await expect(page.getByTestId('scorecard-total')).toContainText('Must add up to 100 (now 110)');
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await expect(page.getByRole('alert')).toContainText('group weights must add up to 100');
  await page.getByLabel('Engagement Weight %').fill('5');
  await page.getByLabel('What changed and why').fill('Adoption predicts renewal best');
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await expect(page.getByTestId('scorecard-version')).toContainText('version 2');
  // Scores now name the new version.
  await page.getByRole('link', { name: 'Portfolio' }).click();
  await page.getByTestId('portfolio-row').first().click();
  await page.getByRole('tab', { name: 'Health' }).click();
  await expect(page.getByText(/Scorecard v2/)).toBeVisible();
});
