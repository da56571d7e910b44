/**
 * Dates and headline figures in the app's language (issue 17) through the local web host in
 * Chromium: a date field in the Chinese UI writes 2026年…月…日 and opens a Chinese calendar;
 * typing a from-date key by key changes nothing until the date is whole; a through-date before
 * the from-date says so beside the field; the renewals and KPI cards never clip their figures at
 * 1280 and 1440 px, showing them compact with the exact figure on hover.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './webHostProcess';

let host: RunningHost;
let dir: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outpost-dates-e2e-'));
  const db = join(dir, 'outpost.db');
  // Enough accounts for sums in the hundreds of millions, where a card used to clip.
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/hosts/cli/cliMain.ts', '--db', db, 'demo', '--accounts', '300'],
    { env: { ...process.env, INIT_CWD: '' } },
  );
  host = await startHost(db);
});

test.afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => host.url.replace(/#.*$/, '');

async function inLanguage(page: Page, lang: 'en' | 'zh-CN') {
  await page.addInitScript((l) => localStorage.setItem('outpost.language', l), lang);
}

interface Totals {
  due: number;
  renewals: number;
}
interface ForecastAnswer {
  data: { from: string; to: string; totals: { reporting: { currency: string; totals: Totals } } };
}

/** Every forecast the page asks for, in order. */
function forecastRequests(page: Page): { from: string; to: string }[] {
  const seen: { from: string; to: string }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/forecast:view'))
      seen.push(request.postDataJSON() as { from: string; to: string });
  });
  return seen;
}

/** Its content is as wide as its box: nothing cut off. */
async function notClipped(element: Locator) {
  const { scroll, client } = await element.evaluate((e) => ({
    scroll: e.scrollWidth,
    client: e.clientWidth,
  }));
  expect(client).toBeGreaterThan(0);
  expect(scroll, (await element.textContent()) ?? undefined).toBeLessThanOrEqual(client);
}

test('in Chinese a date field writes 年月日, its calendar is Chinese, and ISO typing works', async ({
  page,
}) => {
  await inLanguage(page, 'zh-CN');
  await page.goto(`${base()}#/renewals`);
  await page.getByText('自定义', { exact: true }).click();
  const from = page.getByLabel('开始', { exact: true });
  await expect(from).toHaveValue(/^2026年10月1日$/);
  await from.click();
  const calendar = page.getByTestId('date-calendar');
  await expect(calendar).toBeVisible();
  await expect(calendar).toContainText('2026年10月');
  await expect(calendar).toContainText('一二三四五六日');
  await expect(calendar.getByRole('button', { name: '2026年10月15日' })).toBeVisible();
  await expect(calendar.getByLabel('下个月')).toBeVisible();
  await page.screenshot({ path: 'test-results/dates-calendar-zh.png', animations: 'disabled' });
  // A day clicked in the calendar is the day written in the field.
  await calendar.getByRole('button', { name: '2026年10月15日' }).click();
  await expect(calendar).toBeHidden();
  await expect(from).toHaveValue('2026年10月15日');
  // ISO typed in the Chinese UI is read, then written the Chinese way.
  await from.fill('2026-10-02');
  await from.press('Enter');
  await expect(from).toHaveValue('2026年10月2日');
  await from.fill('2026年10月3日');
  await from.blur();
  await expect(from).toHaveValue('2026年10月3日');
});

test('in English a date field writes Dec 7, 2026 and its calendar is English', async ({ page }) => {
  await inLanguage(page, 'en');
  await page.goto(`${base()}#/renewals`);
  await page.getByText('Dates', { exact: true }).click();
  const from = page.getByLabel('From', { exact: true });
  await expect(from).toHaveValue('Oct 1, 2026');
  await from.click();
  const calendar = page.getByTestId('date-calendar');
  await expect(calendar).toContainText('October 2026');
  await expect(calendar).toContainText('SuMoTuWeThFrSa');
  await page.screenshot({ path: 'test-results/dates-calendar-en.png', animations: 'disabled' });
  await from.fill('2026年10月2日');
  await from.blur();
  await expect(from).toHaveValue('Oct 2, 2026');
});

test('typing a from-date key by key changes nothing until the date is whole', async ({ page }) => {
  await inLanguage(page, 'zh-CN');
  const requests = forecastRequests(page);
  await page.goto(`${base()}#/renewals`);
  await page.getByText('自定义', { exact: true }).click();
  const count = page.getByText(/^[\d,]+ 个续约$/);
  await expect(count).toBeVisible();
  const before = (await count.textContent()) ?? '';
  const other = () => requests.filter((r) => r.from !== '2026-10-01');
  const from = page.getByLabel('开始', { exact: true });
  await from.click();
  await from.press('Control+A');
  const typed = '2026-07-01';
  for (const key of typed.slice(0, -1)) {
    await page.keyboard.type(key);
    // Give a wrong query the time it would take to go out and come back.
    await page.waitForTimeout(150);
    await expect(count).toHaveText(before);
  }
  expect(other()).toEqual([]);
  const answer = page.waitForResponse(
    (r) =>
      r.url().endsWith('/api/forecast:view') &&
      (r.request().postDataJSON() as { from: string }).from === '2026-07-01',
  );
  await page.keyboard.type(typed.slice(-1));
  const view = ((await (await answer).json()) as ForecastAnswer).data;
  expect(other().map((r) => r.from)).toEqual(['2026-07-01']);
  expect(view.from).toBe('2026-07-01');
  const renewals = view.totals.reporting.totals.renewals;
  await expect(count).toHaveText(`${renewals.toLocaleString('zh-CN')} 个续约`);
  expect(`${renewals.toLocaleString('zh-CN')} 个续约`).not.toBe(before);
  await from.blur();
  await expect(from).toHaveValue('2026年7月1日');
});

test('a through-date before the from-date says so beside the field and changes nothing', async ({
  page,
}) => {
  await inLanguage(page, 'zh-CN');
  const requests = forecastRequests(page);
  await page.goto(`${base()}#/renewals`);
  await page.getByText('自定义', { exact: true }).click();
  await expect(page.getByTestId('forecast-totals')).toBeVisible();
  const other = () => requests.filter((r) => r.to !== '2027-01-01');
  const through = page.getByLabel('结束', { exact: true });
  await through.fill('2026-09-30');
  await through.blur();
  // Kept as typed, not snapped back to the from day, and the reason is beside it.
  await expect(through).toHaveValue('2026年9月30日');
  const message = page.getByText('结束日期早于开始日期：请选择 2026年10月1日 当天或之后的日期。');
  await expect(message).toBeVisible();
  await expect(through).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/dates-through-before-from-zh.png' });
  expect(other()).toEqual([]);
  // Put right, the message goes and the window follows.
  await through.fill('2027-03-31');
  await expect(message).toBeHidden();
  await expect.poll(() => other().map((r) => r.to)).toEqual(['2027-04-01']);
});

for (const lang of ['zh-CN', 'en'] as const) {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
  ]) {
    test(`headline cards are not clipped at ${viewport.width} px in ${lang}`, async ({ page }) => {
      await inLanguage(page, lang);
      await page.setViewportSize(viewport);
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/forecast:view'));
      await page.goto(`${base()}#/renewals`);
      const { currency, totals } = ((await (await answer).json()) as ForecastAnswer).data.totals
        .reporting;
      const cards = page.getByTestId('forecast-totals');
      await expect(cards).toBeVisible();
      // The default quarter, then a whole year: sums in the hundreds of millions.
      for (const window of [null, ['2026-01-01', '2027-12-31']] as const) {
        let due = totals.due;
        if (window) {
          await page.getByText(lang === 'en' ? 'Dates' : '自定义', { exact: true }).click();
          const next = page.waitForResponse((r) => {
            if (!r.url().endsWith('/api/forecast:view')) return false;
            const asked = r.request().postDataJSON() as { from: string; to: string };
            return asked.from === window[0] && asked.to === '2028-01-01';
          });
          await page
            .getByLabel(lang === 'en' ? 'Through' : '结束', { exact: true })
            .fill(window[1]);
          await page.getByLabel(lang === 'en' ? 'From' : '开始', { exact: true }).fill(window[0]);
          due = ((await (await next).json()) as ForecastAnswer).data.totals.reporting.totals.due;
          expect(due).toBeGreaterThan(100_000_000_00);
        }
        const exact = new Intl.NumberFormat(lang, {
          style: 'currency',
          currency,
          maximumFractionDigits: 0,
        }).format(due / 100);
        const figure = page.getByTestId('total-due');
        await expect(figure).toHaveAttribute('title', exact);
        if (due >= 1_000_000_00) expect(await figure.textContent()).not.toBe(exact);
        for (const element of await cards.getByTestId(/^total-/).all()) await notClipped(element);
        for (const card of await cards.locator('.mantine-Card-root').all()) await notClipped(card);
        await page.screenshot({
          path: `test-results/dates-cards-${lang}-${viewport.width}${window ? '-year' : ''}.png`,
        });
      }
      // The KPI cards too, over the same year.
      await page.goto(`${base()}#/kpis`);
      const kpis = page.getByTestId('kpi-cards');
      await expect(kpis).toBeVisible();
      await expect(page.getByTestId('kpi-arr').getByTestId('kpi-value')).toHaveAttribute(
        'title',
        /→/,
      );
      for (const element of await kpis.getByTestId('kpi-value').all()) await notClipped(element);
      for (const card of await kpis.locator('.mantine-Card-root').all()) await notClipped(card);
      await page.screenshot({ path: `test-results/dates-kpis-${lang}-${viewport.width}.png` });
    });
  }
}
