/**
 * Quarantine through the real UI: a CSM's laptop (local web host) syncs with a real server
 * process whose store an older server filled with garbage for one of her accounts — a currency
 * `ZZZ`, a contract ending "not-a-date", a change id in the year 9999. After "Sync now" the Sync
 * page lists the three held back with record, field and reason, in English and in 简体中文; the
 * account still opens, its QBR deck previews, and editing it saves.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyKey } from '../../src/db/databaseKey';
import { unwrapKey } from '../../src/services/security/keyFile';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openStoreSql, plantChanges } from '../integration/sync/oldServerStore';
import { startSyncServerProcess, type RunningSyncServer } from './syncServerProcess';
import { startHost, type RunningHost } from './webHostProcess';

const MALLORY = 'ba5eba11deadbeef';
const MANUAL = { OUTPOST_SYNC_DEBOUNCE_MS: '600000', OUTPOST_SYNC_INTERVAL_MS: '600000' };
const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

let server: RunningSyncServer;
let host: RunningHost;
let dir: string;
let account: { id: string; name: string };
let contractId: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outpost-quarantine-e2e-'));
  const db = join(dir, 'ann.db');
  const cli = (...args: string[]) =>
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/hosts/cli/cliMain.ts', '--db', db, ...args],
      {
        env: { ...process.env, INIT_CWD: '' },
        encoding: 'utf8',
      },
    );
  cli('demo', '--accounts', '3');
  account = (JSON.parse(cli('accounts', '--json')) as { id: string; name: string }[])[0]!;
  const raw = new Database(db, { readonly: true });
  // The CLI made it encrypted (OUTPOST_DB_PASSPHRASE, playwright.config.ts).
  applyKey(raw, await unwrapKey(db, process.env.OUTPOST_DB_PASSPHRASE!));
  contractId = (
    raw.prepare('SELECT id FROM contracts WHERE account_id = ? LIMIT 1').get(account.id) as {
      id: string;
    }
  ).id;
  raw.close();
  server = await startSyncServerProcess();
  host = await startHost(db, MANUAL);
});

test.afterAll(async () => {
  await host?.stop();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function syncNow(page: Page) {
  await page.getByTestId('sync-status').click();
  await page.getByRole('menuitem', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'up_to_date');
}

test('changes an older server let through are held back, listed, and harm nothing', async ({
  page,
}) => {
  await page.goto(`${host.url.replace(/#.*$/, '')}#/sync`);
  await field(page.locator('form'), 'Team server address').fill(server.url);
  await page.getByLabel(/^Device token/).fill(server.addUser('emea', 'Ann'));
  await page.getByRole('button', { name: 'Save and sync' }).click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'up_to_date');
  await expect(page.getByText('Nothing held back')).toBeVisible();

  // What an older server accepted from Mallory's laptop.
  server.addUser('emea', 'Mallory');
  const sql = await openStoreSql({ dataDir: server.dataDir });
  const stamp = (time: string, n: number) => `${time}-000${n}-${MALLORY}`;
  const recent = new Date(Date.now() - 60_000).toISOString();
  await plantChanges(sql, { team: 'emea', user: 'Mallory', clientId: MALLORY }, [
    { id: stamp(recent, 1), table: 'accounts', rowId: account.id, data: { currency: 'ZZZ' } },
    {
      id: stamp(recent, 2),
      table: 'contracts',
      rowId: contractId,
      data: { end_date: 'not-a-date' },
    },
    {
      id: stamp('9999-99-99T99:99:99.999Z', 3),
      table: 'accounts',
      rowId: account.id,
      data: { region: 'Pinned' },
    },
  ]);
  await sql.close();

  await syncNow(page);
  const rows = page.getByTestId('quarantine-row');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('quarantine-count')).toHaveText('3 held back');
  const row = (fieldName: string) =>
    rows.filter({
      has: page.getByTestId('quarantine-field').getByText(fieldName, { exact: true }),
    });
  await expect(row('Currency').getByTestId('quarantine-reason')).toHaveText(
    'Not one of the allowed values',
  );
  await expect(row('Currency').getByTestId('quarantine-value')).toHaveText('ZZZ');
  await expect(row('End date').getByTestId('quarantine-reason')).toHaveText(
    'Not a date (YYYY-MM-DD)',
  );
  await expect(row('The whole change').getByTestId('quarantine-reason')).toContainText(
    'time that does not exist',
  );
  await expect(rows.first()).toContainText(account.name);
  await expect(rows.first()).toContainText('Mallory');
  await page.screenshot({ path: 'test-results/sync-quarantine.png', fullPage: true });

  await page.getByText('简体中文').click();
  await expect(page.getByText('已暂扣的更改')).toBeVisible();
  await expect(row('币种').getByTestId('quarantine-reason')).toHaveText('不是允许的取值');
  await expect(row('整项更改').getByTestId('quarantine-reason')).toContainText('不存在的时间');
  await page.screenshot({ path: 'test-results/sync-quarantine-zh.png', fullPage: true });
  await page.getByText('English').click();

  // The account is untouched by them: it opens, its deck previews, and editing it saves.
  await row('Currency').getByRole('link', { name: account.name }).click();
  await expect(page.getByRole('button', { name: 'Edit account' })).toBeVisible();
  await page.getByRole('tab', { name: 'QBR deck' }).click();
  await expect(page.getByTestId('qbr-thumbnail').first()).toBeVisible();
  await page.getByRole('button', { name: 'Edit account' }).click();
  const dialog = page.getByRole('dialog');
  await field(dialog, 'Region').fill('Nordics');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await syncNow(page);
});
