import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { startHost, type RunningHost } from './webHostProcess';

/** A form field by its exact label (Mantine adds " *" to required ones). */
const field = (scope: Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('a CSM keeps a book of business: create, note in Chinese, search, edit, delete and undo, reload', async ({
  page,
}) => {
  await page.goto(host.url);
  // First start on an empty database offers the demo; this CSM starts empty.
  await expect(page.getByRole('heading', { name: 'Welcome to Outpost' })).toBeVisible();
  await page.getByRole('button', { name: 'Start empty' }).click();

  // Create an account; the form checks its fields first.
  await page.getByRole('button', { name: 'New account' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Required')).toBeVisible();
  await field(dialog, 'Name').fill('杭州星河物流有限公司');
  await field(dialog, 'Region').fill('华东');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('account-name')).toHaveText('杭州星河物流有限公司');

  // Add a stakeholder.
  await page.getByRole('tab', { name: 'Stakeholders' }).click();
  await page.getByRole('button', { name: 'Add stakeholder' }).click();
  await field(dialog, 'Name').fill('王芳');
  await field(dialog, 'Job title').fill('运营经理');
  await field(dialog, 'Email').fill('not-an-email');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter an email address')).toBeVisible();
  await field(dialog, 'Email').fill('wangfang@example.com');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('power-map')).toContainText('王芳');

  // Log a meeting note in Chinese; its next steps become action items.
  await page.getByRole('tab', { name: 'Touchpoints & notes' }).click();
  await page.getByRole('button', { name: 'Log touchpoint' }).click();
  await field(dialog, 'Summary').fill('季度业务回顾');
  await field(dialog, 'Notes').fill('## 结论\n客户确认续约意向，希望增加培训。');
  await field(dialog, 'Next steps').fill('- 发送培训计划\n- 准备续约方案');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('touchpoint-card')).toContainText('客户确认续约意向');

  // Find it with search.
  const searchBox = page.getByRole('search').getByRole('textbox');
  await searchBox.fill('续约');
  await searchBox.press('Enter');
  await expect(page.getByTestId('search-hit')).toHaveCount(1);
  await expect(page.getByTestId('search-hit')).toContainText('季度业务回顾');
  await page.getByTestId('search-hit').click();

  // Edit the note.
  await page
    .getByTestId('touchpoint-card')
    .getByRole('button', { name: /Actions for/ })
    .click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  await field(dialog, 'Summary').fill('季度业务回顾（已更新）');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('touchpoint-card')).toContainText('季度业务回顾（已更新）');

  // The next steps became open action items.
  await page.getByRole('tab', { name: 'Success plan' }).click();
  await expect(page.getByTestId('section-action_items')).toContainText('发送培训计划');

  // Delete the note, then undo.
  await page.getByRole('tab', { name: 'Touchpoints & notes' }).click();
  await page
    .getByTestId('touchpoint-card')
    .getByRole('button', { name: /Actions for/ })
    .click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('touchpoint-card')).toContainText('已更新');

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByTestId('account-name')).toHaveText('杭州星河物流有限公司');
  await expect(page.getByTestId('touchpoint-card')).toContainText('客户确认续约意向');
  await page.getByRole('tab', { name: 'Stakeholders' }).click();
  await expect(page.getByTestId('power-map')).toContainText('王芳');

  // Switch language: the whole UI follows, numbers and dates too.
  await page.getByText('简体中文').click();
  await expect(page.getByRole('tab', { name: '干系人' })).toBeVisible();
  await page.getByRole('tab', { name: '接触记录与会议纪要' }).click();
  const card = page.getByTestId('touchpoint-card');
  await expect(card).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(card).toContainText('中立');
  await expect(card).toContainText('后续步骤');
  await page.reload();
  await expect(page.getByRole('tab', { name: '概览' })).toBeVisible();
});

test('deleting an account can be undone from the portfolio', async ({ page }) => {
  await page.goto(host.url);
  await page.getByText('English').click();
  const startEmpty = page.getByRole('button', { name: 'Start empty' });
  if (await startEmpty.isVisible()) await startEmpty.click();
  await page.getByRole('link', { name: 'Portfolio' }).click();
  await page.getByRole('button', { name: 'New account' }).click();
  await field(page.getByRole('dialog'), 'Name').fill('Northwind Freight Ltd');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('account-name')).toHaveText('Northwind Freight Ltd');
  await page.getByRole('link', { name: 'Portfolio' }).click();
  const row = page.getByTestId('portfolio-row').filter({ hasText: 'Northwind Freight Ltd' });
  await row.click();
  const name = await page.getByTestId('account-name').textContent();
  // One click asks first, and says what goes with it.
  await page.getByRole('button', { name: 'Delete account' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('It holds no other records.');
  await confirm.getByRole('button', { name: 'Delete account' }).click();
  await expect(page.getByRole('heading', { name: 'Portfolio' })).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('account-name')).toHaveText(name ?? '');
});
