/**
 * Sync in the user's words, in Chinese: the team server stops, and "Sync now" says the server
 * refused the connection — in Chinese, naming the server, with no ECONNREFUSED in sight (the raw
 * text stays under 详情 for support). The header counts the changes waiting to be sent, and the
 * count moves with each edit made while offline.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startSyncServerProcess, type RunningSyncServer } from './syncServerProcess';
import { startHost, type RunningHost } from './webHostProcess';

const MANUAL = { OUTPOST_SYNC_DEBOUNCE_MS: '600000', OUTPOST_SYNC_INTERVAL_MS: '600000' };
const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

let server: RunningSyncServer | null = null;
let host: RunningHost;

test.beforeAll(async () => {
  server = await startSyncServerProcess();
  host = await startHost(undefined, MANUAL);
});

test.afterAll(async () => {
  await host?.stop();
  await server?.stop();
});

async function newAccount(page: Page, name: string) {
  await page.goto(page.url().replace(/#.*$/, '') + '#/portfolio');
  await page.getByRole('button', { name: '新建客户' }).click();
  await field(page.getByRole('dialog'), '名称').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('account-name')).toHaveText(name);
}

test('a stopped server is worded in Chinese, and the header counts what waits', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('outpost.language', 'zh-CN'));
  const running = server!;
  const address = new URL(running.url).host;
  await page.goto(host.url);
  await page.getByRole('button', { name: '从空白开始' }).click();
  await page.goto(page.url().replace(/#.*$/, '') + '#/sync');
  await field(page.locator('form'), '团队服务器地址').fill(running.url);
  await page.getByLabel(/^设备令牌/).fill(running.addUser('emea', 'Ann'));
  await page.getByRole('button', { name: '保存并同步' }).click();
  const status = page.getByTestId('sync-status');
  await expect(status).toHaveAttribute('data-state', 'up_to_date');
  await expect(page.getByTestId('sync-summary')).toContainText('上次同步：现在');

  await running.stop();
  server = null;
  // An account and its handover record: two changes wait, and the header says so at once.
  await newAccount(page, '杭州星河物流有限公司');
  await expect(status).toHaveAttribute('data-pending', '2');
  await expect(status).toContainText('2 项待同步');

  await status.click();
  await page.getByRole('menuitem', { name: '立即同步' }).click();
  await expect(status).toHaveAttribute('data-state', 'offline');
  await expect(status).toContainText('离线 · 2 项待同步');
  await status.click();
  const error = page.getByTestId('sync-status-error');
  await expect(error).toHaveText(
    `同步服务器 ${address} 拒绝了连接：服务器可能没有运行，或地址、端口有误。您的工作已保存在这台电脑上。`,
  );
  // What the user sees (innerText: the folded details are not rendered) names no system code.
  const menu = page.getByRole('menu');
  expect(await menu.innerText()).not.toMatch(/ECONNREFUSED|fetch failed|Cannot reach/);
  await expect(menu.getByText(/ECONNREFUSED/)).toBeHidden();
  await expect(page.getByTestId('sync-last')).toContainText('上次同步：现在');
  await page.screenshot({ path: 'test-results/sync-words-zh.png' });
  // The raw text is there for support, one click away.
  const details = page.getByTestId('sync-status-error-details');
  await details.getByText('详情').click();
  await expect(details.getByText(/ECONNREFUSED/)).toBeVisible();
  await page.keyboard.press('Escape');

  // Another edit while offline: the count follows without a sync.
  await newAccount(page, '苏州云帆制造');
  await expect(status).toHaveAttribute('data-pending', '4');
  await expect(status).toContainText('离线 · 4 项待同步');

  // The sync page says the same, in English once the language changes.
  await page.goto(page.url().replace(/#.*$/, '') + '#/sync');
  await expect(page.getByTestId('sync-error')).toContainText('拒绝了连接');
  expect(await page.getByTestId('sync-summary').innerText()).not.toContain('ECONNREFUSED');
  await page.getByText('English', { exact: true }).click();
  await expect(status).toContainText('Offline · 4 changes waiting');
  await expect(page.getByTestId('sync-error')).toContainText(
    `The sync server at ${address} refused the connection`,
  );
  await page.screenshot({ path: 'test-results/sync-words-en.png', fullPage: true });
});
