/**
 * Renewals through the local web host in Chromium: a CSM makes a call on an open renewal and the
 * roll-up follows without a reload; a call without a reason is refused in words; the forecast is
 * exported as CSV and XLSX (browser downloads) and both files read back; the renewal is closed;
 * "what changed", the KPI dashboard with its working, and exchange rates in both languages.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { startDemoHost, type RunningHost } from './webHostProcess';

let host: RunningHost;

test.beforeAll(async () => {
  host = await startDemoHost(40);
});

test.afterAll(async () => {
  await host?.stop();
});

const base = () => host.url.replace(/#.*$/, '');
const money = (text: string | null) => Number((text ?? '').replace(/[^\d.-]/g, ''));

async function filter(page: Page, name: string, option: string) {
  await page.getByRole('combobox', { name, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens the renewals page on a window that has an open renewal without a call. */
async function openRenewals(page: Page) {
  await page.goto(`${base()}#/renewals`);
  await expect(page.getByTestId('renewals-count')).toBeVisible();
  await filter(page, 'Call', 'No call');
  await filter(page, 'Status', 'Open');
  for (const preset of ['This quarter', 'Next quarter']) {
    await page.getByText(preset, { exact: true }).click();
    await expect(page.getByTestId('renewals-count')).toBeVisible();
    if ((await page.getByTestId('renewal-row').count()) > 0) return;
  }
  throw new Error('the demo has no open renewal without a call this quarter or next');
}

test('a call moves the roll-up; the forecast exports as CSV and Excel; the renewal closes', async ({
  page,
}) => {
  await openRenewals(page);
  const commitBefore = money(await page.getByTestId('total-commit').textContent());
  const row = page.getByTestId('renewal-row').first();
  const account = (await row.locator('[role="cell"]').first().textContent()) ?? '';
  await row.click();
  const modal = page.getByTestId('renewal-modal');
  await expect(modal).toBeVisible();
  await expect(page.getByTestId('detail-explain')).toContainText('Expected =');

  // A call needs a reason.
  const form = page.getByTestId('renewal-call-form');
  await form.getByText('Commit', { exact: true }).click();
  await form.getByRole('button', { name: 'Save call' }).click();
  await expect(page.getByTestId('renewal-error')).toContainText('A call needs a reason');

  await form.getByLabel('Reason').fill('Budget approved, order form with legal');
  await form.getByRole('button', { name: 'Save call' }).click();
  await expect(page.getByText('Forecast saved')).toBeVisible();
  await expect(page.getByTestId('detail-explain')).toContainText('call: Commit');
  await page.getByRole('tab', { name: /History/ }).click();
  await expect(page.getByTestId('renewal-history')).toContainText('Budget approved');
  await page.screenshot({ path: 'test-results/renewal-modal.png' });
  await page.keyboard.press('Escape');
  await expect(modal).toBeHidden();

  // The roll-up followed: this renewal now counts in commit.
  await filter(page, 'Call', 'Commit');
  await expect(page.getByTestId('renewal-row').filter({ hasText: account }).first()).toBeVisible();
  await expect
    .poll(async () => money(await page.getByTestId('total-commit').textContent()))
    .toBeGreaterThan(commitBefore);
  await page.screenshot({ path: 'test-results/renewals.png', fullPage: true });

  // Exports are browser downloads here (a save dialog in the desktop app).
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(
    /^renewals-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = readFileSync((await csvDownload.path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain(account);
  expect(csv.toString('utf8')).toContain('Budget approved, order form with legal');

  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Excel' }).click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync((await xlsxDownload.path())!) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Renewals')!;
  const shown = await page.getByTestId('renewal-row').count();
  expect(sheet.rowCount).toBe(shown + 1);
  const names = sheet.getColumn(1).values.slice(2);
  expect(names).toContain(account);

  // Close it as renewed: the row says so, and the history has the close.
  await page.getByLabel('Account name…').fill(account);
  await page.getByTestId('renewal-row').filter({ hasText: account }).first().click();
  await page.getByRole('tab', { name: 'Close renewal' }).click();
  await page.getByRole('button', { name: 'Close as renewed' }).click();
  await expect(
    page.getByText('Closed as renewed; the new contract is on the account'),
  ).toBeVisible();
  await expect(page.getByTestId('renewal-modal')).toContainText('Renewed on');
  await page.keyboard.press('Escape');
  // Still filtered to open renewals: it has left the list.
  await expect(page.getByTestId('renewal-row').filter({ hasText: account })).toHaveCount(0);
  await filter(page, 'Status', 'Renewed');
  await expect(
    page.getByTestId('renewal-row').filter({ hasText: account }).getByText('Renewed'),
  ).toBeVisible();

  // What changed since last week lists it.
  await page.getByRole('tab', { name: 'What changed' }).click();
  await expect(page.getByTestId('changes-table')).toContainText(account);
});

test('the KPI dashboard shows its working; exchange rates; the pages in Chinese', async ({
  page,
}) => {
  await page.goto(`${base()}#/kpis`);
  await expect(page.getByTestId('kpi-cards')).toBeVisible();
  await page.getByTestId('kpi-grr').click();
  await expect(page.getByTestId('kpi-how')).toContainText('1 − (churn');
  await page.keyboard.press('Escape');
  await page.getByTestId('kpi-churn').click();
  await expect(page.getByTestId('kpi-how')).toContainText(
    'ARR at the start of accounts with none at the end',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('kpi-bridge')).toBeVisible();
  await page.screenshot({ path: 'test-results/kpis.png', fullPage: true });

  await page.getByRole('link', { name: 'Exchange rates' }).click();
  await expect(page.getByTestId('rate-row').first()).toBeVisible();
  const rates = await page.getByTestId('rate-row').count();
  await page.getByTestId('rate-value').fill('0');
  await page.getByRole('button', { name: 'Add rate' }).click();
  await expect(page.getByTestId('rate-error')).toContainText('more than 0');
  await page.getByTestId('rate-value').fill('1.09');
  await page.getByRole('button', { name: 'Add rate' }).click();
  await expect(page.getByTestId('rate-row')).toHaveCount(rates + 1);

  await page.getByText('简体中文', { exact: true }).click();
  await page.getByRole('link', { name: '续约' }).click();
  await expect(page.getByRole('heading', { name: '续约' })).toBeVisible();
  await expect(page.getByTestId('forecast-totals')).toContainText('到期续约额');
  await page.screenshot({ path: 'test-results/renewals-zh.png', fullPage: true });
  await page.getByRole('link', { name: 'KPI' }).click();
  await expect(page.getByTestId('kpi-cards')).toContainText('客户流失率');
  await page.screenshot({ path: 'test-results/kpis-zh.png', fullPage: true });
});
