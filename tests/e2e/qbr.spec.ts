/**
 * QBR decks through the local web host in Chromium: a CSM opens an account's QBR tab, previews
 * the customer deck (no internal slide) and the internal one (health with the engine's score),
 * leaves a slide out, and exports PowerPoint and PDF as browser downloads, both read back; the
 * team's branding set on its page appears on the deck; the CLI prints the same deck to PDF.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { pdfPages, squeezed } from './pdfPages';
import { startHost, type RunningHost } from './webHostProcess';

let host: RunningHost;
let dir: string;
let db: string;
/** The demo account with the lowest health score: it has risks to show internally. */
let account: { accountId: string; name: string; score: number; band: string };

const outpost = (...args: string[]) =>
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/hosts/cli/cliMain.ts', '--db', db, ...args],
    {
      env: { ...process.env, INIT_CWD: '' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outpost-qbr-e2e-'));
  db = join(dir, 'outpost.db');
  outpost('demo', '--accounts', '20');
  const health = JSON.parse(outpost('health', '--json')) as (typeof account)[];
  account = [...health].sort((a, b) => a.score - b.score)[0]!;
  host = await startHost(db);
});

test.afterAll(async () => {
  await host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const INTERNAL_TEXT = ['Health score', 'Account health', 'Expected ARR', 'Probability', 'CSM call'];

async function openQbr(page: Page) {
  await page.goto(`${host.url.replace(/#.*$/, '')}#/portfolio`);
  await page.getByTestId('portfolio-row').filter({ hasText: account.name }).first().click();
  await page.getByRole('tab', { name: 'QBR deck' }).click();
  await expect(page.getByTestId('qbr-thumbnail').first()).toBeVisible();
}

const thumbnails = (page: Page) =>
  page
    .getByTestId('qbr-thumbnail')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-slide')));

test('a CSM previews both audiences and exports the customer deck as PowerPoint and PDF', async ({
  page,
}) => {
  await openQbr(page);
  const customer = await thumbnails(page);
  expect(customer[0]).toBe('title');
  expect(customer.length).toBeGreaterThanOrEqual(6);
  for (const internal of ['health', 'risks', 'renewal']) expect(customer).not.toContain(internal);
  const tab = page.getByTestId('qbr-tab');
  const shown = page.getByTestId('qbr-thumbnails');
  for (const word of INTERNAL_TEXT) await expect(shown.getByText(word)).toHaveCount(0);

  await page.getByText('Internal', { exact: true }).click();
  await expect.poll(() => thumbnails(page)).toContain('health');
  expect(await thumbnails(page)).toEqual(expect.arrayContaining(['risks', 'renewal']));
  await page.locator('[data-testid="qbr-thumbnail"][data-slide="health"] button').click();
  const main = page.getByTestId('qbr-slide');
  await expect(main).toHaveAttribute('data-slide', 'health');
  await expect(main).toContainText('Account health');
  await expect(main).toContainText(`${account.score} (${account.band})`);

  // Back to the customer's deck, without the support slide.
  await page.getByText('Customer', { exact: true }).click();
  await expect.poll(() => thumbnails(page)).toEqual(customer);
  const left = customer.includes('support') ? 'support' : customer.at(-1)!;
  await page
    .locator(`[data-testid="qbr-thumbnail"][data-slide="${left}"] input[type="checkbox"]`)
    .uncheck();
  await expect(tab).toContainText(
    `${customer.length - 1} of ${customer.length} slides in the export`,
  );

  const pptxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PowerPoint' }).click();
  const pptx = await pptxDownload;
  expect(pptx.suggestedFilename()).toMatch(new RegExp(`^QBR .+ customer\\.pptx$`));
  const zip = await JSZip.loadAsync(readFileSync(await pptx.path()));
  const slideParts = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  expect(slideParts).toHaveLength(customer.length - 1);
  const xml = (await Promise.all(slideParts.map((n) => zip.file(n)!.async('string')))).join('');
  expect(xml).toContain(account.name);
  for (const word of INTERNAL_TEXT) expect(xml).not.toContain(word);

  const pdfDownload = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/ customer\.pdf$/);
  const pages = await pdfPages(readFileSync(await pdf.path()));
  expect(pages).toHaveLength(customer.length - 1);
  for (const p of pages) expect([p.width, p.height]).toEqual([960, 540]);
  expect(squeezed(pages[0]!.text)).toContain(squeezed(account.name));
  expect(squeezed(pages[1]!.text)).toContain('Executivesummary');
  const all = squeezed(pages.map((p) => p.text).join(' '));
  for (const word of INTERNAL_TEXT) expect(all).not.toContain(squeezed(word));
});

/** A 1×1 PNG. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

test('the team’s branding appears on the deck, and a bad logo is refused in words', async ({
  page,
}) => {
  await page.goto(`${host.url.replace(/#.*$/, '')}#/branding`);
  await page.getByLabel('Company name').fill('Northwind Success');
  const colour = page.getByLabel('Accent colour');
  await colour.fill('#0CA678');
  await colour.press('Enter');
  const pick = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByLabel('Logo').click();
    await (await chooser).setFiles(file);
  };
  await pick({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(page.getByText('The logo must be a PNG or JPEG image.')).toBeVisible();
  await pick({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
  await expect(page.getByRole('button', { name: 'Remove logo' })).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Branding saved')).toBeVisible();
  await openQbr(page);
  const title = page.getByTestId('qbr-slide');
  await expect(title).toHaveAttribute('data-slide', 'title');
  await expect(title).toContainText('Northwind Success');
  const accent = await title
    .locator('[style*="--deck-accent"]')
    .first()
    .evaluate((el) => getComputedStyle(el).getPropertyValue('--deck-accent'));
  expect(accent.trim().toUpperCase()).toBe('#0CA678');
  await expect(title.locator(`img[src="data:image/png;base64,${PNG}"]`)).toHaveCount(1);
});

test('the CLI prints an internal deck to PDF, in Chinese, with the health engine’s score', async () => {
  const out = join(dir, 'internal.pdf');
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/hosts/cli/cliMain.ts',
      '--db',
      db,
      'qbr',
      account.name,
      '--out',
      out,
    ].concat(['--audience', 'internal', '--lang', 'zh-CN']),
    { env: { ...process.env, INIT_CWD: '' }, encoding: 'utf8' },
  );
  expect(run.stderr).toMatch(new RegExp(`^Wrote the internal QBR deck of .+ to ${out}`));
  expect(run.status).toBe(0);
  const pages = await pdfPages(readFileSync(out));
  expect(pages.length).toBeGreaterThanOrEqual(8);
  const text = squeezed(pages.map((p) => p.text).join(' '));
  expect(text).toContain(squeezed(account.name));
  expect(text).toContain('客户健康度');
  const band = { green: '绿', yellow: '黄', red: '红' }[account.band];
  expect(text).toContain(`${account.score}（${band}）`);
});
