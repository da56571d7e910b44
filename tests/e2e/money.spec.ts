/**
 * Money inputs through the local web host in Chromium (issue 12): what a CSM types is read in the
 * app's language and stored as exact minor units. `250,000` is two hundred fifty thousand, `25万`
 * too; `250.000` is refused in words and nothing is written.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readHostDatabase, startHost, type RunningHost } from './webHostProcess';

// The renewal test works on the contract the first test saves.
test.describe.configure({ mode: 'serial' });

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

/** One renewal's amounts as stored. */
function storedRenewal(): { target: number; change: number; final: number | null } | undefined {
  const db = readHostDatabase(host);
  try {
    return db
      .prepare(
        `SELECT target_arr_minor AS target, expected_change_minor AS change,
                final_arr_minor AS final FROM renewals WHERE deleted = 0 ORDER BY created_at LIMIT 1`,
      )
      .get() as { target: number; change: number; final: number | null } | undefined;
  } finally {
    db.close();
  }
}

/** A form field by its exact label (Mantine adds " *" to required ones). */
const field = (scope: Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));

/** The contracts' ARR as stored, read straight from the database file the host writes. */
function storedArr(): number[] {
  const db = readHostDatabase(host);
  try {
    const rows = db
      .prepare('SELECT arr_minor AS arr FROM contracts WHERE deleted = 0 ORDER BY created_at')
      .all() as { arr: number }[];
    return rows.map((r) => r.arr);
  } finally {
    db.close();
  }
}

async function newAccount(page: Page, name: string, newLabel: string, nameLabel: string) {
  await page.getByRole('button', { name: newLabel }).click();
  await field(page.getByRole('dialog'), nameLabel).fill(name);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^(Save|保存)$/ })
    .click();
  await expect(page.getByTestId('account-name')).toHaveText(name);
}

async function fillTerm(dialog: Locator, zh = false) {
  await field(dialog, zh ? '开始日期' : 'Start date').fill('2026-01-01');
  await field(dialog, zh ? '结束日期' : 'End date').fill('2027-01-01');
}

test('ARR typed as 250,000 saves 250,000.00; 250.000 is refused as ambiguous', async ({ page }) => {
  await page.goto(host.url);
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('button', { name: 'Start empty' }).click();
  await newAccount(page, 'Harbour Freight Ltd', 'New account', 'Name');
  // A brand-new account has no contract yet: not scored, and it says why (DESIGN.md §4).
  const badge = page.getByTestId('health-badge').first();
  await expect(badge).toHaveText('Not scored');
  await badge.hover();
  // The tooltip (the page may hold the same words for screen readers too).
  await expect(
    page.getByText('Not scored: the account has no contract.', { exact: false }).first(),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Health' }).click();
  await expect(page.getByTestId('health-not-scored')).toContainText('has no contract');
  await page.screenshot({ path: 'test-results/health-not-scored.png' });
  await page.getByRole('tab', { name: 'Contracts' }).click();

  await page.getByRole('button', { name: 'Add contract' }).click();
  const dialog = page.getByRole('dialog');
  await fillTerm(dialog);
  const arr = field(dialog, 'ARR');
  await arr.pressSequentially('250,000');
  await expect(arr).toHaveValue('250,000');
  await expect(dialog.getByTestId('money-hint-arrMinor')).toHaveText('= $250,000.00');
  await page.screenshot({ path: 'test-results/money-hint-en.png' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('section-contracts')).toContainText('$250,000');
  expect(storedArr()).toEqual([25_000_000]);
  // With a contract in force it is scored.
  await expect(page.getByTestId('health-badge').first()).not.toHaveText('Not scored');

  // Opened again, the field reads the stored amount back in full.
  await page
    .getByTestId('section-contracts')
    .getByRole('button', { name: /Actions for/ })
    .click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  await expect(field(dialog, 'ARR')).toHaveValue('250,000.00');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // A point before three digits may be a European thousands separator: refused, nothing saved.
  await page.getByRole('button', { name: 'Add contract' }).click();
  await fillTerm(dialog);
  await field(dialog, 'ARR').pressSequentially('250.000');
  await field(dialog, 'ARR').blur();
  const error = dialog.getByText(/“250\.000” is ambiguous/);
  await expect(error).toBeVisible();
  await expect(error).toContainText('250,000');
  await expect(error).toContainText('250.00');
  await page.screenshot({ path: 'test-results/money-error-en.png' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeVisible();
  await expect(error).toBeVisible();
  expect(storedArr()).toEqual([25_000_000]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('a renewal: "-50k" is a contraction of 50,000.00; a final ARR of 260k closes it', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('link', { name: 'Portfolio' }).click();
  await page.getByTestId('portfolio-row').filter({ hasText: 'Harbour Freight Ltd' }).click();
  await page.getByRole('tab', { name: 'Contracts' }).click();
  await page.getByTestId('section-renewals').getByRole('button', { name: 'Renewal' }).click();
  const form = page.getByTestId('renewal-call-form');
  await expect(field(form, 'Target ARR')).toHaveValue('250,000.00');

  await form.getByText('Expansion', { exact: true }).click();
  const amount = field(form, 'Amount');
  await amount.clear();
  await amount.pressSequentially('-50k');
  await expect(form.getByTestId('money-hint-expectedChangeMinor')).toHaveText('= -$50,000.00');
  await amount.blur();
  // The sign says which way: the form switches to a contraction of 50,000.
  await expect(amount).toHaveValue('50,000.00');
  await expect(form.getByRole('radio', { name: 'Contraction' })).toBeChecked();
  await page.screenshot({ path: 'test-results/money-renewal-call.png' });
  await form.getByRole('button', { name: 'Save call' }).click();
  await expect(page.getByText('Forecast saved')).toBeVisible();
  expect(storedRenewal()).toMatchObject({ target: 25_000_000, change: -5_000_000 });
  // The form shows the saved renewal once its history entry is back (it is rebuilt then).
  await expect(page.getByRole('tab', { name: 'History (1)' })).toBeVisible();

  // A target in another currency is refused where it is typed, and nothing changes.
  await field(form, 'Target ARR').fill('€250,000');
  await form.getByRole('button', { name: 'Save call' }).click();
  await expect(form.getByText('“€” is another currency')).toBeVisible();
  expect(storedRenewal()).toMatchObject({ target: 25_000_000, change: -5_000_000 });

  await page.getByRole('tab', { name: 'Close renewal' }).click();
  const close = page.getByTestId('renewal-close-form');
  const finalArr = field(close, 'Final ARR');
  await expect(finalArr).toHaveValue('200,000.00');
  await finalArr.fill('260k');
  await expect(close.getByTestId('money-hint-finalArrMinor')).toHaveText('= $260,000.00');
  await close.getByRole('button', { name: 'Close as renewed' }).click();
  await expect(
    page.getByText('Closed as renewed; the new contract is on the account'),
  ).toBeVisible();
  expect(storedRenewal()).toMatchObject({ final: 26_000_000 });
  expect(storedArr()).toEqual([25_000_000, 26_000_000]);
});

test('in Chinese, ARR typed as 25万 saves 250,000; 250.000 is refused in Chinese', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByText('简体中文', { exact: true }).click();
  const startEmpty = page.getByRole('button', { name: '从空白开始' });
  if (await startEmpty.isVisible()) await startEmpty.click();
  await page.getByRole('link', { name: '客户组合' }).click();
  await newAccount(page, '杭州星河物流有限公司', '新建客户', '名称');
  await page.getByRole('tab', { name: '合同' }).click();
  const before = storedArr();

  await page.getByRole('button', { name: '添加合同' }).click();
  const dialog = page.getByRole('dialog');
  await fillTerm(dialog, true);
  const arr = field(dialog, '年度经常性收入');
  await arr.pressSequentially('25万');
  await expect(arr).toHaveValue('25万');
  await expect(dialog.getByTestId('money-hint-arrMinor')).toHaveText('= ¥250,000.00');
  await page.screenshot({ path: 'test-results/money-hint-zh.png' });
  await arr.blur();
  await expect(arr).toHaveValue('250,000.00');

  await arr.clear();
  await arr.pressSequentially('250.000');
  await arr.blur();
  const error = dialog.getByText(/“250\.000”有歧义/);
  await expect(error).toBeVisible();
  await page.screenshot({ path: 'test-results/money-error-zh.png' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeVisible();
  expect(storedArr()).toEqual(before);

  await arr.fill('25万');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  expect(storedArr()).toEqual([...before, 25_000_000]);
});
