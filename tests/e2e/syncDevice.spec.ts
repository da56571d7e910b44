/**
 * This device in sync, through the real UI: a laptop (local web host) whose clock runs a day
 * ahead, a sync server process and a teammate on the CLI. The laptop's push is refused; the
 * status bar and the Sync page say the clock is wrong and by how much, in English and Chinese,
 * while the teammate's edit still arrives. With the clock right (the host restarted on the same
 * database) the waiting edit is sent. Resetting the sync state says what it kept.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startSyncServerProcess, type RunningSyncServer } from './syncServerProcess';
import { startHost, type RunningHost } from './webHostProcess';

const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const MANUAL = { OUTPOST_SYNC_DEBOUNCE_MS: '600000', OUTPOST_SYNC_INTERVAL_MS: '600000' };
// The laptop's OS clock a day ahead (a preload moves the host process's clock).
const A_DAY_AHEAD = {
  NODE_OPTIONS: '--import tsx --import ./tests/integration/fixtures/wrongClock.ts',
  OUTPOST_TEST_CLOCK_SHIFT_MS: String(86_400_000),
};
const CLI = ['--import', 'tsx', 'src/hosts/cli/cliMain.ts'];
const cli = (args: string[]) =>
  execFileSync(process.execPath, [...CLI, ...args], {
    env: { ...process.env, INIT_CWD: '' },
    encoding: 'utf8',
  });

let server: RunningSyncServer;
let laptop: RunningHost | undefined;
let dir: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outpost-sync-device-'));
  server = await startSyncServerProcess();
});

test.afterAll(async () => {
  await laptop?.stop();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function syncNow(page: Page, state: string) {
  await page.getByTestId('sync-status').click();
  await page.getByRole('menuitem', { name: /^(Sync now|立即同步)$/ }).click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', state);
}

test('a clock a day ahead is named, pulls anyway, and syncs once right', async ({ browser }) => {
  const bobDb = join(dir, 'bob.db');
  const bobToken = server.addUser('emea', 'Bob');
  cli(['--db', bobDb, 'demo', '--accounts', '2', '--seed', '3']);
  const bobSync = () => cli(['--db', bobDb, 'sync', '--server', server.url, '--token', bobToken]);
  bobSync();

  const laptopDb = join(dir, 'ann.db');
  laptop = await startHost(laptopDb, { ...MANUAL, ...A_DAY_AHEAD });
  const page = await (await browser.newContext()).newPage();
  await page.goto(laptop.url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.goto(page.url().replace(/#.*$/, '') + '#/sync');
  await field(page.locator('form'), 'Team server address').fill(server.url);
  await page.getByLabel(/^Device token/).fill(server.addUser('emea', 'Ann'));
  await page.getByRole('button', { name: 'Save and sync' }).click();
  // Nothing to send yet: the team's accounts arrive and all is well.
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'up_to_date');

  // An edit on the laptop cannot be sent: the clock is named, with how far off it is.
  await page.goto(page.url().replace(/#.*$/, '') + '#/portfolio');
  await page.getByTestId('portfolio-row').first().click();
  await page.getByRole('button', { name: 'Edit account' }).click();
  const dialog = page.getByRole('dialog');
  await field(dialog, 'Region').fill('Edited a day ahead 华南');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  // Meanwhile the teammate edits and syncs.
  cli(['--db', bobDb, 'demo', '--edits', '6', '--seed', '11']);
  bobSync();
  await syncNow(page, 'error');
  await expect(page.getByTestId('sync-status')).toContainText('Clock is wrong');
  await page.getByTestId('sync-status').click();
  await expect(page.getByTestId('sync-status-error')).toContainText(
    "This computer's clock is 1 day ahead of the server's",
  );
  await page.keyboard.press('Escape');
  await page.goto(page.url().replace(/#.*$/, '') + '#/sync');
  await expect(page.getByTestId('sync-clock')).toContainText('1 day ahead');
  await expect(page.getByTestId('sync-summary')).toContainText(/received [1-9]\d*/);
  // What arrived from the teammate came in although nothing could be sent.
  await page.getByText('简体中文', { exact: true }).click();
  await expect(page.getByTestId('sync-clock')).toContainText('这台电脑的时钟比服务器快了1天');
  await expect(page.getByTestId('sync-status')).toContainText('时钟有误');
  await page.screenshot({ path: 'test-results/sync-clock-ahead.png', fullPage: true });
  await page.getByText('English', { exact: true }).click();

  // The clock is put right (the laptop restarts with a correct clock, same database).
  await page.context().close();
  await laptop.stop();
  laptop = await startHost(laptopDb, MANUAL);
  const fixed = await (await browser.newContext()).newPage();
  await fixed.goto(laptop.url.replace(/#.*$/, '') + '#/sync');
  await syncNow(fixed, 'up_to_date');
  await expect(fixed.getByTestId('sync-clock')).toHaveCount(0);
  bobSync();
  expect(cli(['--db', bobDb, 'export', '--json'])).toContain('Edited a day ahead 华南');

  // Someone else will sign in here: reset the sync state, keeping everything stored.
  await fixed.getByRole('button', { name: 'Reset sync state' }).click();
  await fixed.getByRole('dialog').getByRole('button', { name: 'Reset sync state' }).click();
  await expect(fixed.getByTestId('sync-node-change')).toContainText('Sync state reset');
  await expect(fixed.getByTestId('sync-status')).toHaveAttribute('data-state', 'never_synced');
  await syncNow(fixed, 'up_to_date');
  await fixed.context().close();
});
