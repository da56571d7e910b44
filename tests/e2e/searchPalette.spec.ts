/**
 * Search as you type and the command palette, in English and in Chinese, on a demo portfolio:
 * pinyin initials and whole pinyin find 北京云帆…, an owner's name finds their accounts, the
 * count is the true total, a kind filter narrows it; the palette lists pages, "new …" and the
 * app's actions with their shortcuts and runs them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './webHostProcess';

let host: RunningHost;
let dir: string;
let accounts: { name: string; owner: string }[];

const cli = (db: string, ...args: string[]) =>
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/hosts/cli/cliMain.ts', '--db', db, ...args],
    {
      env: { ...process.env, INIT_CWD: '' },
    },
  ).toString();

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outpost-search-e2e-'));
  const db = join(dir, 'outpost.db');
  cli(db, 'demo', '--accounts', '12');
  accounts = JSON.parse(cli(db, 'accounts', '--json')) as typeof accounts;
  host = await startHost(db);
});

test.afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function open(page: Page, language: 'English' | '简体中文') {
  await page.goto(host.url);
  await page.getByText(language, { exact: true }).click();
}

const searchBox = (page: Page) => page.getByRole('search').getByRole('textbox');

test('search shows results as the user types: pinyin, initials, an owner, the count and a filter', async ({
  page,
}) => {
  const yunfan = accounts.find((a) => a.name.startsWith('北京云帆'));
  expect(yunfan, 'the demo has 北京云帆科技有限公司').toBeTruthy();
  await open(page, 'English');
  const hits = page.getByTestId('search-hit');

  // No Enter: typing is enough, and the address changes without a reload.
  await searchBox(page).pressSequentially('bjyf', { delay: 30 });
  await expect(page).toHaveURL(/#\/search\?q=bjyf$/);
  await expect(hits.first()).toContainText(yunfan!.name);
  await expect(hits.first().getByTestId('search-mark').first()).toHaveText('北京云帆');
  await expect(page.getByTestId('search-count')).toHaveText(/^\d+ results?$/);
  await page.screenshot({ path: 'test-results/search-bjyf-en.png' });

  await searchBox(page).fill('beijing');
  await expect(hits.filter({ hasText: yunfan!.name })).toHaveCount(1);

  // An owner's name finds the accounts they own, with the owner marked.
  const owner = accounts.find((a) => /\p{Script=Han}/u.test(a.owner))!.owner;
  const owned = accounts.filter((a) => a.owner === owner).map((a) => a.name);
  await searchBox(page).fill(owner);
  const filter = page.getByTestId('search-filter');
  await expect(filter.getByText(`Accounts ${owned.length}`)).toBeVisible();
  await filter.getByText(/^Accounts/).click();
  await expect(page.getByTestId('search-count')).toHaveText(
    `${owned.length} result${owned.length === 1 ? '' : 's'}`,
  );
  await expect(hits).toHaveCount(owned.length);
  for (const name of owned) await expect(hits.filter({ hasText: name })).toHaveCount(1);
  await expect(page.getByTestId('search-owner').first()).toContainText(owner);
  await page.screenshot({ path: 'test-results/search-owner-en.png' });

  // A note's word: the true count, more on demand.
  await filter.getByText(/^All/).click();
  await searchBox(page).fill('renewal');
  await expect(page).toHaveURL(/q=renewal$/);
  await expect(page.getByTestId('search-count')).toHaveText(/^\d+ results$/);
  const count = Number(
    /\d+/.exec((await page.getByTestId('search-count').textContent()) ?? '')?.[0],
  );
  expect(count).toBeGreaterThan(20);
  await expect(hits).toHaveCount(20);
  await page.getByTestId('search-more').click();
  await expect(hits).toHaveCount(Math.min(40, count));
});

test('搜索：拼音、负责人、数量与筛选（中文界面）', async ({ page }) => {
  await open(page, '简体中文');
  await searchBox(page).pressSequentially('dalian', { delay: 30 });
  const hits = page.getByTestId('search-hit');
  await expect(hits.first()).toContainText('大连');
  await expect(page.getByTestId('search-count')).toHaveText(/^共 \d+ 条结果$/);
  await expect(page.getByTestId('search-filter').getByText(/^客户 \d+/)).toBeVisible();
  await page.screenshot({ path: 'test-results/search-dalian-zh.png' });
});

test('the palette lists pages, new records and actions with shortcuts, and runs them', async ({
  page,
}) => {
  await open(page, 'English');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog');
  await expect(palette.getByRole('button', { name: /^Risk board/ })).toContainText('Ctrl+5');
  await expect(palette.getByRole('button', { name: /^New touchpoint/ })).toContainText(
    'Ctrl+Shift+M',
  );
  await expect(palette.getByRole('button', { name: /^Sync now/ })).toContainText('Ctrl+Shift+S');
  await expect(palette.getByRole('button', { name: /^Recompute health scores/ })).toBeVisible();
  await expect(palette.getByRole('button', { name: /^Export the renewal forecast/ })).toBeVisible();
  await page.waitForTimeout(300); // the palette's fade-in, for the screenshot
  await page.screenshot({ path: 'test-results/palette-en.png' });
  await palette.getByRole('textbox').fill('new');
  await expect(palette.getByRole('button', { name: /^New action item/ })).toContainText(
    'Ctrl+Shift+D',
  );
  await page.screenshot({ path: 'test-results/palette-new-en.png' });

  // Found by its words in the other language too; running it goes there.
  await palette.getByRole('textbox').fill('校准');
  await palette.getByRole('button', { name: /^Calibration/ }).click();
  await expect(page).toHaveURL(/#\/calibration$/);

  // New touchpoint away from an account: the palette asks which account, by pinyin.
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('textbox').fill('new touchpoint');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^New touchpoint/ })
    .click();
  const ask = page.getByRole('dialog').getByPlaceholder(/Which account is the new touchpoint for/);
  await expect(ask).toBeVisible();
  await ask.fill('bjyf');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^北京云帆/ })
    .click();
  await expect(page).toHaveURL(/#\/accounts\/[^/]+\/touchpoints$/);
  await expect(page.getByRole('heading', { name: 'New touchpoint' })).toBeVisible();
  await page.screenshot({ path: 'test-results/palette-new-touchpoint-en.png' });
  await page.keyboard.press('Escape');

  // Switch language from the palette: it speaks Chinese at once.
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('textbox').fill('language');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Switch language/ })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.keyboard.press('Control+k');
  const zh = page.getByRole('dialog');
  await expect(zh.getByRole('button', { name: /^新建客户/ })).toContainText('Ctrl+N');
  await expect(zh.getByRole('button', { name: /^立即同步/ })).toBeVisible();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/palette-zh.png' });
  await zh.getByRole('textbox').fill('新建客户');
  await zh.getByRole('button', { name: /^新建客户/ }).click();
  await expect(page.getByRole('heading', { name: '新建客户' })).toBeVisible();
});

test('the new shortcuts work in the browser: risk board, language, a new touchpoint on an account', async ({
  page,
}) => {
  await open(page, 'English');
  await page.keyboard.press('Control+5');
  await expect(page).toHaveURL(/#\/risk$/);
  await page.keyboard.press('Control+Shift+G');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.keyboard.press('Control+Shift+G');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.keyboard.press('Control+2');
  await page.getByTestId('portfolio-row').first().click();
  await expect(page).toHaveURL(/#\/accounts\//);
  await page.keyboard.press('Control+Shift+M');
  await expect(page).toHaveURL(/\/touchpoints$/);
  await expect(page.getByRole('heading', { name: 'New touchpoint' })).toBeVisible();
});
