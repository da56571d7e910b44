/**
 * Sync through the real UI: two local web hosts (two CSMs' laptops) and one sync server process.
 * Connect both in Settings; an edit on one appears on the other after "Sync now"; the status
 * indicator shows pending and up to date; a concurrent edit of the same field shows up in the
 * loser's Conflicts view, where one click restores it, and the restore reaches the other side.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startSyncServerProcess, type RunningSyncServer } from './syncServerProcess';
import { startHost, type RunningHost } from './webHostProcess';

const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

// Rounds run only when asked, so the test can see "pending" before "Sync now".
const MANUAL = { OUTPOST_SYNC_DEBOUNCE_MS: '600000', OUTPOST_SYNC_INTERVAL_MS: '600000' };

let server: RunningSyncServer;
let ann: RunningHost;
let bob: RunningHost;
let dir: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outpost-sync-e2e-'));
  const annDb = join(dir, 'ann.db');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/hosts/cli/cliMain.ts', '--db', annDb, 'demo', '--accounts', '3'],
    { env: { ...process.env, INIT_CWD: '' } },
  );
  server = await startSyncServerProcess();
  ann = await startHost(annDb, MANUAL);
  bob = await startHost(join(dir, 'bob.db'), MANUAL);
});

test.afterAll(async () => {
  await Promise.all([ann?.stop(), bob?.stop()]);
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function connect(page: Page, token: string) {
  await page.goto(page.url().replace(/#.*$/, '') + '#/sync');
  await field(page.locator('form'), 'Team server address').fill(server.url);
  await page.getByLabel(/^Device token/).fill(token);
  await page.getByRole('button', { name: 'Save and sync' }).click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'up_to_date');
}

async function syncNow(page: Page) {
  await page.getByTestId('sync-status').click();
  await page.getByRole('menuitem', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'up_to_date');
}

async function editAccount(page: Page, name: string, label: string, value: string) {
  await page.goto(page.url().replace(/#.*$/, '') + '#/portfolio');
  await page.getByTestId('portfolio-row').filter({ hasText: name }).first().click();
  await page.getByRole('button', { name: 'Edit account' }).click();
  const dialog = page.getByRole('dialog');
  await field(dialog, label).fill(value);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('two CSMs sync edits and resolve a conflict', async ({ browser }) => {
  const annPage = await (await browser.newContext()).newPage();
  const bobPage = await (await browser.newContext()).newPage();
  await annPage.goto(ann.url);
  await bobPage.goto(bob.url);
  await expect(annPage.getByTestId('sync-status')).toHaveAttribute('data-state', 'not_configured');

  await connect(annPage, server.addUser('emea', 'Ann'));
  await bobPage.getByRole('button', { name: 'Start empty' }).click();
  await connect(bobPage, server.addUser('emea', 'Bob'));

  // Bob's empty laptop received Ann's portfolio.
  await bobPage.getByRole('link', { name: 'Portfolio' }).click();
  await expect(bobPage.getByTestId('portfolio-row')).toHaveCount(3);
  const firstName =
    (await bobPage.getByTestId('portfolio-row').first().getByRole('cell').first().textContent()) ??
    '';

  // Ann renames an account: pending until she syncs; then Bob sees it after Sync now.
  await editAccount(annPage, firstName, 'Name', 'Renamed by Ann 安');
  await expect(annPage.getByTestId('sync-status')).toHaveAttribute('data-state', 'pending');
  await expect(annPage.getByTestId('sync-status')).toContainText(/changes? waiting/);
  await syncNow(annPage);
  await syncNow(bobPage);
  await expect(
    bobPage.getByTestId('portfolio-row').filter({ hasText: 'Renamed by Ann 安' }),
  ).toBeVisible();

  // Both change the same account's region while apart; Ann's edit is the later one.
  await editAccount(bobPage, 'Renamed by Ann 安', 'Region', 'Bob region 华北');
  await editAccount(annPage, 'Renamed by Ann 安', 'Region', 'Ann region 华南');
  await syncNow(bobPage);
  await syncNow(annPage);
  await syncNow(bobPage);

  // Bob's value lost: it is kept in his Conflicts view, with both values and who.
  await expect(bobPage.getByTestId('sync-conflict-count')).toBeVisible();
  await bobPage.goto(bob.url.replace(/#.*$/, '').replace(/\?.*$/, '') + '#/conflicts');
  const row = bobPage.getByTestId('conflict-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('conflict-mine')).toHaveText('Bob region 华北');
  await expect(row.getByTestId('conflict-theirs')).toHaveText('Ann region 华南');
  await expect(row).toContainText('Ann');
  await bobPage.screenshot({ path: 'test-results/sync-conflicts.png', fullPage: true });

  // One click restores Bob's value; it syncs to Ann.
  await row.getByRole('button', { name: 'Keep mine' }).click();
  await expect(bobPage.getByText('No conflicts')).toBeVisible();
  await syncNow(bobPage);
  await syncNow(annPage);
  await annPage.goto(annPage.url().replace(/#.*$/, '') + '#/portfolio');
  await annPage.getByTestId('portfolio-row').filter({ hasText: 'Renamed by Ann 安' }).click();
  await expect(annPage.getByText('Bob region 华北', { exact: true })).toBeVisible();
  await annPage.screenshot({ path: 'test-results/sync-ann-account.png', fullPage: true });
  await annPage.context().close();
  await bobPage.context().close();
});
