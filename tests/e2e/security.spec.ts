/**
 * A CSM protects the field laptop, in English and in Chinese: sets up encryption with a
 * passphrase on the first start, sees the recovery key, locks and unlocks (a wrong passphrase
 * refused in their language), backs up, restores a listed backup and a backup file made for
 * another computer, and sees the recovery key again after the passphrase.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../src/renderer/i18n/en';
import { zhCN } from '../../src/renderer/i18n/zhCN';
import { startHost } from './webHostProcess';

const PASSPHRASE = 'train to the client site';
const PORTABLE = 'for the new laptop';

for (const lang of ['en', 'zh-CN'] as const) {
  const w = lang === 'en' ? en : zhCN;
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `test-results/security-${lang}-${name}.png`, fullPage: true });

  test(`set up, recovery key, lock and unlock, back up and restore (${lang})`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    // Nothing from the environment: the page itself sets the database up.
    const host = await startHost(undefined, { OUTPOST_DB_PASSPHRASE: '' });
    const context = await browser.newContext({ locale: lang });
    const page = await context.newPage();
    try {
      await page.goto(host.url);
      await expect(page.getByRole('heading', { name: w['security.setUp.title'] })).toBeVisible();
      await expect(page.getByText(w['security.because.notDesktop'])).toBeVisible();
      await shot(page, '1-set-up');

      // Two passphrases that differ are caught before anything is written.
      await page.getByLabel(w['security.passphrase'], { exact: true }).fill(PASSPHRASE);
      await page.getByLabel(w['security.passphraseAgain']).fill(`${PASSPHRASE}!`);
      await page.getByRole('button', { name: w['security.setUp.button'] }).click();
      await expect(page.getByTestId('problem')).toHaveText(w['security.passphraseMismatch']);
      await page.getByLabel(w['security.passphraseAgain']).fill(PASSPHRASE);
      await page.getByRole('button', { name: w['security.setUp.button'] }).click();

      const sheet = page.getByTestId('recovery-key');
      await expect(sheet.getByRole('listitem')).toHaveCount(24);
      const words = (await sheet.getByRole('listitem').allInnerTexts()).map((t) =>
        t.replace(/^\d+\.\s*/, '').trim(),
      );
      expect(words.every((word) => /^[a-z]+$/.test(word))).toBe(true);
      await shot(page, '2-recovery-key');
      // Encrypted from its first page.
      expect(readFileSync(host.dbFile).subarray(0, 15).toString('latin1')).not.toBe(
        'SQLite format 3',
      );
      const go = page.getByRole('button', { name: w['security.recovery.continue'] });
      await expect(go).toBeDisabled();
      await page.getByLabel(w['security.recovery.written']).check();
      await go.click();

      // Start empty, one account before the backup.
      await page.getByRole('button', { name: w['welcome.startEmpty'] }).click();
      const addAccount = async (name: string) => {
        await page.getByRole('button', { name: w['portfolio.newAccount'] }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel(new RegExp(`^${w['field.name']}( \\*)?$`)).fill(name);
        await dialog.getByRole('button', { name: w['action.save'] }).click();
        await expect(page.getByTestId('account-name')).toHaveText(name);
      };
      await addAccount('Kestrel Freight');

      // Back up now: the backup is listed with its kind and size.
      await page.getByRole('link', { name: w['nav.backup'] }).click();
      await page.getByRole('button', { name: w['backup.now.button'] }).click();
      await expect(page.getByTestId('backup-made')).toBeVisible();
      const list = page.getByTestId('backup-list');
      await expect(list.getByRole('row')).toHaveCount(2);
      await expect(list.getByRole('row').nth(1)).toContainText(w['backup.kind.manual']);
      await expect(list.getByRole('row').nth(1)).toContainText('MB');
      await shot(page, '3-backup-page');

      await page.getByRole('link', { name: w['nav.portfolio'] }).click();
      await addAccount('Osprey Analytics');

      // Lock: the app is gone until the passphrase is given; a wrong one is refused and retried.
      await page.getByRole('button', { name: w['security.lock'] }).click();
      await expect(page.getByRole('heading', { name: w['security.unlock.title'] })).toBeVisible();
      await expect(page.getByText('Osprey Analytics')).toHaveCount(0);
      const secret = page.getByLabel(w['security.unlock.secret']);
      await secret.fill('not my passphrase');
      await page.getByRole('button', { name: w['security.unlock.button'] }).click();
      await expect(page.getByTestId('problem')).toContainText(
        lang === 'en' ? 'passphrase' : '密码',
      );
      await shot(page, '4-wrong-passphrase');
      // English unlocks with the recovery words, Chinese with the passphrase.
      await secret.fill(lang === 'en' ? words.join(' ') : PASSPHRASE);
      await page.getByRole('button', { name: w['security.unlock.button'] }).click();
      await expect(page.getByRole('link', { name: w['nav.backup'] })).toBeVisible();

      // Restore the listed backup: the account written after it is gone, the old file kept.
      await page.getByRole('link', { name: w['nav.backup'] }).click();
      await list.getByRole('button', { name: w['backup.restore'] }).first().click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText(w['backup.restore.title']);
      await dialog.getByRole('button', { name: w['backup.restore'] }).click();
      await expect(page.getByTestId('restored')).toBeVisible();
      await expect(page.getByTestId('restored')).toContainText('before-restore');
      await shot(page, '5-restored');
      await page.getByRole('link', { name: w['nav.portfolio'] }).click();
      await expect(page.getByText('Kestrel Freight')).toBeVisible();
      await expect(page.getByText('Osprey Analytics')).toHaveCount(0);

      // A backup for another computer, then restored from its file with its passphrase.
      await page.getByRole('link', { name: w['nav.backup'] }).click();
      const now = page.getByTestId('backup-now');
      await now.getByLabel(w['security.passphrase'], { exact: true }).fill(PORTABLE);
      await now.getByLabel(w['security.passphraseAgain']).fill(PORTABLE);
      await now.getByRole('button', { name: w['backup.portable.button'] }).click();
      await expect(list.getByText(w['backup.kind.portable'])).toBeVisible();
      const portableFile = (await page.getByTestId('backup-made').innerText()).match(
        /(\/\S+\.bak)/,
      )?.[1];
      expect(portableFile).toBeTruthy();
      const fromFile = page.getByTestId('restore-file');
      await fromFile.locator('input[type=file]').setInputFiles(portableFile!);
      await fromFile.getByLabel(w['backup.restore.secret']).fill('the wrong passphrase');
      await fromFile.getByRole('button', { name: w['backup.fromFile.button'] }).click();
      await expect(fromFile.getByTestId('problem')).toBeVisible();
      await shot(page, '6-wrong-backup-passphrase');
      await fromFile.locator('input[type=file]').setInputFiles(portableFile!);
      await fromFile.getByLabel(w['backup.restore.secret']).fill(PORTABLE);
      await fromFile.getByRole('button', { name: w['backup.fromFile.button'] }).click();
      await expect(fromFile.getByTestId('restored')).toBeVisible();

      // The recovery key again, only after the passphrase.
      const recovery = page.getByTestId('recovery-card');
      await recovery.getByLabel(w['security.passphrase']).fill('a wrong guess');
      await recovery.getByRole('button', { name: w['backup.recovery.button'] }).click();
      await expect(recovery.getByTestId('problem')).toBeVisible();
      await recovery.getByLabel(w['security.passphrase']).fill(PASSPHRASE);
      await recovery.getByRole('button', { name: w['backup.recovery.button'] }).click();
      await expect(recovery.getByRole('listitem')).toHaveCount(24);
      const again = (await recovery.getByRole('listitem').allInnerTexts()).map((t) =>
        t.replace(/^\d+\.\s*/, '').trim(),
      );
      expect(again).toEqual(words);
      await shot(page, '7-recovery-again');
    } finally {
      await context.close();
      await host.stop();
    }
  });
}
