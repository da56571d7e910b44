/**
 * The Import wizard through the local web host in Chromium (issue 15), in English and Chinese:
 * choose a CRM export → see how it was read and mapped → preview → import → result with Undo.
 * What the wizard says it did is checked against the database file itself.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readHostDatabase, startHost, type RunningHost } from './webHostProcess';

test.describe.configure({ mode: 'serial' });

const FIXTURES = 'tests/integration/fixtures/import';
let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

function count(sql: string): number {
  const db = readHostDatabase(host);
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function openImport(page: Page, lang: 'en' | 'zh-CN') {
  await page.goto(host.url);
  await page.getByText(lang === 'en' ? 'English' : '简体中文', { exact: true }).click();
  const startEmpty = page.getByRole('button', {
    name: lang === 'en' ? 'Start empty' : '从空白开始',
  });
  if (await startEmpty.isVisible()) await startEmpty.click();
  await page.getByRole('link', { name: lang === 'en' ? 'Import' : '导入', exact: true }).click();
}

async function chooseFile(page: Page, path: string) {
  await page.locator('input[type=file]').setInputFiles(path);
}

const countCell = (page: Page, key: string) =>
  page.getByTestId(`import-count-${key}`).locator('p').last();

test('in English: a Salesforce accounts and contacts pair imports, and the contacts import undoes', async ({
  page,
}) => {
  await openImport(page, 'en');
  await chooseFile(page, join(FIXTURES, 'salesforce_accounts.csv'));
  await expect(page.getByTestId('import-entity')).toHaveValue('Accounts (companies)');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('import-read-as')).toContainText('UTF-8');
  await expect(page.getByTestId('import-source')).toHaveValue('salesforce');
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping.getByLabel('Name', { exact: true })).toHaveValue('Name');
  await expect(mapping.getByLabel('Id', { exact: true })).toHaveValue('Id in the source');
  await page.screenshot({ path: 'test-results/import-columns-en.png', fullPage: true });
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(countCell(page, 'create')).toHaveText('3');
  await expect(page.getByTestId('import-sample')).toContainText('Northwind Logistics');
  expect(count('SELECT count(*) AS n FROM accounts')).toBe(0);
  await page.screenshot({ path: 'test-results/import-preview-en.png', fullPage: true });
  await page.getByTestId('import-run').dblclick();
  await expect(page.getByTestId('import-result')).toContainText('salesforce_accounts.csv imported');
  await expect(countCell(page, 'create')).toHaveText('3');
  // A double click imports once.
  expect(count('SELECT count(*) AS n FROM accounts WHERE deleted = 0')).toBe(3);
  await page.screenshot({ path: 'test-results/import-done-en.png', fullPage: true });

  // The CSM corrects an industry here; the same export imported again keeps it unless told.
  await page.getByRole('link', { name: 'Open the portfolio' }).click();
  await page.getByTestId('portfolio-row').filter({ hasText: 'Northwind Logistics' }).click();
  await page.getByRole('button', { name: 'Edit account' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Industry', { exact: true }).fill('Logistics');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await chooseFile(page, join(FIXTURES, 'salesforce_accounts.csv'));
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  const conflicts = page.getByTestId('import-conflicts');
  await expect(conflicts).toContainText('Logistics');
  await expect(conflicts).toContainText('Transportation');
  await expect(countCell(page, 'unchanged')).toHaveText('3');
  await page.screenshot({ path: 'test-results/import-conflict-en.png', fullPage: true });
  await page.getByTestId('import-overwrite').check();
  await expect(countCell(page, 'update')).toHaveText('1');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toBeVisible();
  expect(count("SELECT count(*) AS n FROM accounts WHERE industry = 'Transportation'")).toBe(1);
  expect(count('SELECT count(*) AS n FROM accounts WHERE deleted = 0')).toBe(3);

  await page.getByRole('button', { name: 'Import another file' }).click();
  await chooseFile(page, join(FIXTURES, 'salesforce_contacts.csv'));
  await expect(page.getByTestId('import-entity')).toHaveValue('Contacts (stakeholders)');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  const created = Number(await countCell(page, 'create').textContent());
  expect(created).toBeGreaterThan(0);
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toBeVisible();
  expect(count('SELECT count(*) AS n FROM stakeholders WHERE deleted = 0')).toBe(created);
  await expect(page.getByTestId('import-history')).toContainText('salesforce_contacts.csv');

  await page.getByTestId('import-result').getByRole('button', { name: 'Undo this import' }).click();
  await page.getByTestId('import-undo-confirm').click();
  await expect(page.getByText(`Import undone: ${created} removed, 0 restored.`)).toBeVisible();
  expect(count('SELECT count(*) AS n FROM stakeholders WHERE deleted = 0')).toBe(0);
  await expect(page.getByTestId('import-history')).toContainText('Undone');
});

test('in Chinese: a GB18030 spreadsheet with a title row, a mapping chosen by hand, row problems and the date order asked', async ({
  page,
}) => {
  await openImport(page, 'zh-CN');
  await chooseFile(page, join(FIXTURES, 'zh_book.gb18030.csv'));
  await page.getByTestId('import-entity').click();
  await page.getByRole('option', { name: '客户（公司）' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByTestId('import-read-as')).toContainText('GB18030');
  await expect(page.getByTestId('import-read-as')).toContainText('表头在第 3 行');
  await expect(
    page.getByTestId('import-mapping').getByLabel('客户名称', { exact: true }),
  ).toHaveValue('名称');
  await page.screenshot({ path: 'test-results/import-columns-zh.png', fullPage: true });
  await page.getByRole('button', { name: '下一步' }).click();
  const created = Number(await countCell(page, 'create').textContent());
  expect(created).toBeGreaterThan(0);
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toContainText('已导入');
  expect(count("SELECT count(*) AS n FROM accounts WHERE name = '上海星河科技有限公司'")).toBe(1);
  await page.getByRole('button', { name: '导入其他文件' }).click();

  // A file of an unknown tool: headers to map by hand, a bad row, and 03/04/2026-style dates.
  const dir = mkdtempSync(join(tmpdir(), 'outpost-import-e2e-'));
  const file = join(dir, '工单.csv');
  writeFileSync(
    file,
    [
      '单位,标题,级别,开单日',
      '上海星河科技有限公司,登录失败,P1,03/04/2026',
      '上海星河科技有限公司,报表导出慢,P9,05/06/2026',
      '不存在的公司,无法同步,P2,07/08/2026',
    ].join('\n'),
  );
  await chooseFile(page, file);
  await expect(page.getByTestId('import-entity')).toHaveValue('支持工单');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByTestId('import-problem')).toBeVisible();
  const mapping = page.getByTestId('import-mapping');
  const chosen: [string, string][] = [
    ['单位', '客户名称'],
    ['标题', '主题'],
    ['级别', '严重级别'],
    ['开单日', '创建日期'],
  ];
  for (const [header, field] of chosen) {
    await mapping.getByLabel(header, { exact: true }).click();
    await page.getByRole('option', { name: field, exact: true }).click();
  }
  await expect(page.getByTestId('import-problem')).toContainText('既可按日/月也可按月/日理解');
  await page.getByTestId('import-date-order').click();
  await page.getByRole('option', { name: '日/月/年' }).click();
  await expect(page.getByTestId('import-problem')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/import-mapped-zh.png', fullPage: true });
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(countCell(page, 'create')).toHaveText('1');
  await expect(countCell(page, 'skip')).toHaveText('2');
  const issues = page.getByTestId('import-issues');
  await expect(issues).toContainText('第 3 行，“级别”列：“P9”不是允许的取值');
  await expect(issues).toContainText('在 Outpost 中找不到该客户');
  await page.screenshot({ path: 'test-results/import-preview-zh.png', fullPage: true });
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toBeVisible();
  expect(
    count(
      "SELECT count(*) AS n FROM support_tickets WHERE opened_date = '2026-04-03' AND deleted = 0",
    ),
  ).toBe(1);
  await page.screenshot({ path: 'test-results/import-done-zh.png', fullPage: true });
});

test('a workbook: each sheet imports as its entity, the contacts sheet after the accounts sheet', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-import-e2e-'));
  const file = join(dir, 'book.xlsx');
  const book = new ExcelJS.Workbook();
  const accounts = book.addWorksheet('Accounts');
  accounts.addRow(['Book of business — exported 2026-12-01']);
  accounts.addRow([]);
  accounts.addRow(['Account Name', 'Industry', 'Account Owner']);
  accounts.addRow(['Litware Analytics', 'Software', 'Dana Whitfield']);
  accounts.addRow(['Tailspin Toys', 'Retail', 'Ravi Menon']);
  const contacts = book.addWorksheet('联系人');
  contacts.addRow(['客户名称', '联系人', '职务', '邮箱']);
  contacts.addRow(['Litware Analytics', '赵磊', 'CIO', 'zhao.lei@litware.example']);
  contacts.addRow(['Tailspin Toys', '陈静', 'COO', 'chen.jing@tailspin.example']);
  await book.xlsx.writeFile(file);

  await openImport(page, 'en');
  await chooseFile(page, file);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('import-sheet')).toHaveValue('Accounts');
  await expect(page.getByTestId('import-read-as')).toContainText(
    'The header is on row 3 of the sheet.',
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(countCell(page, 'create')).toHaveText('2');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toBeVisible();

  await page.getByRole('button', { name: 'Import another file' }).click();
  await chooseFile(page, file);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByTestId('import-sheet').click();
  await page.getByRole('option', { name: '联系人' }).click();
  await expect(page.getByTestId('import-mapping').getByLabel('邮箱', { exact: true })).toHaveValue(
    'Email',
  );
  await page.screenshot({ path: 'test-results/import-workbook-en.png', fullPage: true });
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(countCell(page, 'create')).toHaveText('2');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toBeVisible();
  expect(
    count(
      "SELECT count(*) AS n FROM stakeholders s JOIN accounts a ON a.id = s.account_id WHERE s.name = '赵磊' AND a.name = 'Litware Analytics'",
    ),
  ).toBe(1);
});

test('a 100,000-row file shows its progress and, cancelled, writes nothing', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-import-e2e-'));
  const file = join(dir, 'all_contacts.csv');
  const rows = ['First Name,Last Name,Email,Account Name'];
  const names = ['Northwind Logistics', 'Contoso Pharma', 'Fabrikam, Inc.', 'Litware Analytics'];
  for (let i = 0; i < 100_000; i++)
    rows.push(`Person${i},Tester,person${i}@example.com,"${names[i % names.length]}"`);
  writeFileSync(file, rows.join('\n'));
  const before = count('SELECT count(*) AS n FROM stakeholders');
  const changesBefore = count('SELECT count(*) AS n FROM change_log');

  await openImport(page, 'en');
  await chooseFile(page, file);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('import-mapping')).toBeVisible({ timeout: 90_000 });
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(countCell(page, 'create')).toHaveText('100,000');
  await page.getByTestId('import-run').click();
  const progress = page.getByTestId('task-progress');
  await expect(progress).toContainText('Importing');
  await expect(progress).toContainText('of the file read');
  await page.screenshot({ path: 'test-results/import-progress-en.png' });
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('import-error')).toHaveText('Stopped: nothing was imported.');
  expect(count('SELECT count(*) AS n FROM stakeholders')).toBe(before);
  expect(count('SELECT count(*) AS n FROM change_log')).toBe(changesBefore);
});
