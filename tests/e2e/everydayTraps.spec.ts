/**
 * The everyday traps (issue 17) through the local web host in Chromium: deleting an account asks
 * first and says what goes with it, Recently deleted lists it and restores it with everything it
 * held; Today's counts are true and Done keeps the row with Undo; a meeting's next steps get due
 * dates in the dialog and show on Today in the order typed; a stakeholder's departure asks the
 * day and can be undone; a write that cannot reach the host says so and keeps what was typed.
 * In English and in Chinese.
 */
import { expect, test, type Page } from '@playwright/test';
import { startDemoHost, type RunningHost } from './webHostProcess';

let host: RunningHost;

test.beforeAll(async () => {
  host = await startDemoHost(40);
});

test.afterAll(async () => {
  await host?.stop();
});

const base = () => host.url.replace(/#.*$/, '');

async function inLanguage(page: Page, lang: 'en' | 'zh-CN') {
  await page.addInitScript((l) => localStorage.setItem('outpost.language', l), lang);
}

/** The API's own answer, for comparing the page's figures with. */
async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([m, i]) => {
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-outpost-secret': sessionStorage.getItem('outpost.secret') ?? '',
        },
        body: JSON.stringify(i),
      });
      const result = (await response.json()) as { ok: boolean; data: unknown };
      return result.data;
    },
    [method, input] as const,
  ) as Promise<T>;
}

test('an account is deleted only when confirmed, and Recently deleted brings it back whole', async ({
  page,
}) => {
  await inLanguage(page, 'en');
  await page.goto(host.url);
  const row = page.getByTestId('portfolio-row').filter({ has: page.getByTestId('health-badge') });
  await row.first().click();
  const name = (await page.getByTestId('account-name').textContent()) ?? '';
  await page.getByRole('tab', { name: 'Contracts' }).click();
  const contracts = await page.getByTestId('section-contracts').getByRole('row').count();

  // Delete asks, and names what goes with it; "Keep it" keeps it.
  await page.getByRole('button', { name: 'Delete account' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByTestId('confirm-delete-with')).toContainText(/\d+ contracts?/);
  await expect(confirm.getByTestId('confirm-delete-with')).toContainText(/\d+ (people|person)/);
  await expect(confirm).toContainText('Recently deleted for 90 days');
  await page.screenshot({ path: 'test-results/traps-confirm-delete.png' });
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByTestId('account-name')).toHaveText(name);

  await page.getByRole('button', { name: 'Delete account' }).click();
  await confirm.getByRole('button', { name: 'Delete account' }).click();
  await expect(page.getByRole('heading', { name: 'Portfolio' })).toBeVisible();
  await expect(page.getByTestId('portfolio-row').filter({ hasText: name })).toHaveCount(0);
  // The undo toast leads to Recently deleted, where it stays after the toast is gone.
  await page.getByTestId('undo-delete').getByRole('link', { name: 'Recently deleted' }).click();
  await expect(page.getByRole('heading', { name: 'Recently deleted' })).toBeVisible();
  const deleted = page.getByTestId('deleted-row').filter({ hasText: name });
  await expect(deleted).toHaveCount(1);
  await expect(deleted).toContainText('On this device');
  await expect(deleted).toContainText(/Hidden with it: .*contract/);
  await expect(page.getByTestId('deleted-count')).toHaveText('1 deleted record');
  await page.screenshot({ path: 'test-results/traps-recently-deleted.png', fullPage: true });

  await deleted.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(`${name} is back.`)).toBeVisible();
  await expect(deleted).toHaveCount(0);
  await page.getByRole('link', { name: 'Portfolio' }).click();
  await page.getByTestId('portfolio-row').filter({ hasText: name }).click();
  await page.getByRole('tab', { name: 'Contracts' }).click();
  await expect(page.getByTestId('section-contracts').getByRole('row')).toHaveCount(contracts);
});

test('Today in Chinese: true counts, Done keeps the row with Undo, next steps with due dates in order', async ({
  page,
}) => {
  await inLanguage(page, 'zh-CN');
  await page.goto(`${base()}#/today`);
  await expect(page.getByRole('heading', { name: /^今日/ })).toBeVisible();
  const view = await api<{ overdueTotal: number; dueSoonTotal: number; today: string }>(
    page,
    'today:view',
    { owner: '' },
  );
  const overdue = page.getByTestId('today-overdue');
  await expect(overdue.getByTestId('count')).toHaveText(view.overdueTotal.toLocaleString('zh-CN'));
  expect(view.overdueTotal).toBeGreaterThan(6);
  // Six first, then every one of them.
  await expect(overdue.getByTestId('today-action')).toHaveCount(6);
  await overdue.getByRole('button', { name: `显示全部 ${view.overdueTotal} 项` }).click();
  await expect(overdue.getByTestId('today-action')).toHaveCount(view.overdueTotal);

  // Done: the row stays, struck through, with Undo; the next row does not slide under the pointer.
  const first = overdue.getByTestId('today-action').first();
  const title = (await first.locator('p').first().textContent()) ?? '';
  await first.getByRole('button', { name: '完成' }).click();
  await expect(first).toHaveAttribute('data-done', 'true');
  await expect(first).toContainText(title);
  await expect(overdue.getByTestId('count')).toHaveText(
    (view.overdueTotal - 1).toLocaleString('zh-CN'),
  );
  await page.screenshot({ path: 'test-results/traps-today-done-zh.png', fullPage: true });
  await first.getByRole('button', { name: '撤销' }).click();
  await expect(first).not.toHaveAttribute('data-done', 'true');
  await expect(overdue.getByTestId('count')).toHaveText(view.overdueTotal.toLocaleString('zh-CN'));

  // A refresh that fails keeps what was shown, and says so above it.
  await page.route('**/api/today:view', (route) => route.abort('connectionrefused'));
  await first.getByRole('button', { name: '完成' }).click();
  await expect(page.getByTestId('refresh-problem')).toContainText('无法刷新');
  await expect(page.getByTestId('refresh-problem')).toContainText('无法连接 Outpost 的本地服务');
  await expect(overdue.getByTestId('today-action')).toHaveCount(view.overdueTotal);
  await page.unroute('**/api/today:view');
  await first.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByTestId('refresh-problem')).toHaveCount(0);

  // A meeting's next steps: each with a due date (a week on), editable, in the order typed.
  await page.goto(`${base()}#/portfolio`);
  await page.getByTestId('portfolio-row').first().click();
  await page.getByRole('tab', { name: '接触记录与会议纪要' }).click();
  await page.getByRole('button', { name: '记录接触' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^摘要/).fill('现场拜访');
  await dialog.getByLabel(/^后续步骤/).fill('- 丙：发送报价\n- 甲：安排培训\n- 乙：确认名单');
  const steps = dialog.getByTestId('next-step');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('丙：发送报价');
  // Shown the Chinese way (2026年12月14日), and later than today.
  const due = await steps.nth(0).getByRole('textbox').inputValue();
  const [, y = '', m = '', d = ''] = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(due) ?? [];
  expect(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` > view.today).toBe(true);
  await steps.nth(1).getByRole('textbox').fill(view.today);
  await page.screenshot({ path: 'test-results/traps-next-steps-zh.png' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已创建 3 个待办事项')).toBeVisible();

  await page.goto(`${base()}#/today`);
  const soon = page.getByTestId('today-due');
  await soon.getByRole('button', { name: /显示全部/ }).click();
  const soonTitles = await soon
    .getByTestId('today-action')
    .locator('p:first-child')
    .allTextContents();
  const mine = soonTitles.filter((t) => /^[丙甲乙]：/.test(t));
  // Due today first; the other two a week on, in the order typed.
  expect(mine).toEqual(['甲：安排培训', '丙：发送报价', '乙：确认名单']);
});

test('a departure asks the day and can be undone; a write that cannot reach the host says so', async ({
  page,
}) => {
  await inLanguage(page, 'en');
  await page.goto(host.url);
  await page.getByTestId('portfolio-row').first().click();
  await page.getByRole('tab', { name: 'Stakeholders' }).click();
  const rows = page.getByTestId('section-stakeholders').getByRole('row');
  const active = rows.filter({ has: page.getByRole('button', { name: 'Mark departed' }) });
  const name = (await active.first().locator('td').first().textContent()) ?? '';
  const person = rows.filter({ hasText: name });
  await person.getByRole('button', { name: 'Mark departed' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Left on').fill('2026-01-15');
  await dialog.getByRole('button', { name: 'Mark departed' }).click();
  await expect(person).toContainText('Departed');
  await expect(person).toContainText('Jan 15, 2026');
  await page.getByTestId('undo-departed').getByRole('button', { name: 'Undo' }).click();
  await expect(person).not.toContainText('Departed');
  await expect(person).toContainText(name);

  // The host goes away: Save says so and the dialog keeps what was typed.
  await page.route('**/api/records:update', (route) => route.abort('connectionrefused'));
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Edit account' }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel(/^Region/).fill('Mars');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('alert')).toContainText('cannot be reached');
  await expect(edit.getByLabel(/^Region/)).toHaveValue('Mars');
  await page.unroute('**/api/records:update');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText(/· Mars ·/)).toBeVisible();

  // A one-click write (an action item ticked done) that fails says so and offers Try again.
  await page.getByRole('tab', { name: 'Success plan' }).click();
  const items = page.getByTestId('section-action_items').getByRole('row');
  const first = items.filter({ has: page.getByRole('checkbox') }).first();
  // Titles repeat across plans: the title with its due date names the row.
  const title = (await first.locator('td').nth(1).textContent()) ?? '';
  const due = (await first.locator('td').nth(3).textContent()) ?? '';
  const box = items.filter({ hasText: title }).filter({ hasText: due }).getByRole('checkbox');
  const wasDone = await box.isChecked();
  await page.route('**/api/records:update', (route) => route.abort('connectionrefused'));
  await box.click();
  const failed = page.getByTestId('write-failed');
  await expect(failed).toContainText('cannot be reached');
  await expect(box).toBeChecked({ checked: wasDone });
  await page.unroute('**/api/records:update');
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(failed).toHaveCount(0);
  await expect(box).toBeChecked({ checked: !wasDone });
});
