/**
 * Encryption, recovery and backups from the real `outpost` process, as a user types them: the
 * passphrase never on the command line, the recovery key shown once, a wrong passphrase refused
 * in the user's language with exit code 2 and nothing changed, and a backup restored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { outpost, sha256 } from '../cliProcess';
import { tempDir } from '../testWorkspace';

const tmp = tempDir();
const db = join(tmp.dir, 'field.db');
const PASS = { OUTPOST_DB_PASSPHRASE: 'night train to Xian' };
let accountsBefore = '';

beforeAll(async () => {
  const made = await outpost(['--db', db, 'demo', '--accounts', '5', '--seed', '9']);
  expect(made.code, made.err).toBe(0);
  accountsBefore = (await outpost(['--db', db, 'accounts', '--json'])).out;
}, 120_000);
afterAll(() => tmp.cleanup());

const words = (out: string) => [...out.matchAll(/\d+\. ([a-z]+)/g)].map((m) => m[1]);

describe('encryption and backups on the command line', () => {
  it('makes a new database encrypted from its first page, and refuses to make a plain one', async () => {
    const fresh = join(tmp.dir, 'fresh.db');
    // No passphrase and no terminal: refused, in the user's language, and no file made.
    const refused = await outpost(['--db', fresh, 'demo', '--accounts', '2'], {
      OUTPOST_PLAIN_DATABASE: '',
      LANG: 'zh_CN.UTF-8',
    });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/OUTPOST_DB_PASSPHRASE/);
    expect(refused.err).toMatch(/加密/);
    expect(existsSync(fresh)).toBe(false);
    const made = await outpost(['--db', fresh, 'demo', '--accounts', '2'], {
      ...PASS,
      OUTPOST_PLAIN_DATABASE: '',
    });
    expect(made.code, made.err).toBe(0);
    expect(words(made.err)).toHaveLength(24);
    expect(readFileSync(fresh).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  }, 120_000);

  it('encrypts a plain database, shows the recovery key once, and opens only with a secret', async () => {
    const encrypted = await outpost(['--db', db, 'encrypt'], PASS);
    expect(encrypted.code, encrypted.err).toBe(0);
    expect(encrypted.out).toMatch(/is now encrypted/);
    const recovery = words(encrypted.out);
    expect(recovery).toHaveLength(24);
    expect(readFileSync(db).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');

    const locked = await outpost(['--db', db, 'accounts']);
    expect(locked.code).toBe(2);
    expect(locked.err).toMatch(/is encrypted\. Give its passphrase/);
    const before = sha256(db);
    const wrong = await outpost(['--db', db, 'accounts', '--json'], {
      OUTPOST_DB_PASSPHRASE: 'night train to Xi’an',
      LANG: 'zh_CN.UTF-8',
    });
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/密码不对/);
    expect(sha256(db)).toBe(before);
    expect((await outpost(['--db', db, 'accounts', '--json'], PASS)).out).toBe(accountsBefore);
    const byWords = await outpost(['--db', db, 'accounts', '--json'], {
      OUTPOST_RECOVERY_KEY: recovery.join(' '),
    });
    expect(byWords.out).toBe(accountsBefore);
    const again = await outpost(['--db', db, 'recovery-key'], PASS);
    expect(words(again.out)).toEqual(recovery);
    expect((await outpost(['--db', db, 'encrypt'], PASS)).err).toMatch(/already encrypted/);
  }, 120_000);

  it('backs up under a passphrase of its own and restores it into a new database elsewhere', async () => {
    const backup = join(tmp.dir, 'trip.bak');
    const made = await outpost(['--db', db, 'backup', backup, '--passphrase'], {
      ...PASS,
      OUTPOST_BACKUP_PASSPHRASE: 'for the new laptop',
    });
    expect(made.code, made.err).toBe(0);
    expect(made.out).toMatch(/encrypted with a passphrase of its own/);
    const laptop = join(tmp.dir, 'new-laptop', 'outpost.db');
    const refused = await outpost(['--db', laptop, 'restore', backup], {
      OUTPOST_DB_PASSPHRASE: 'laptop passphrase',
      OUTPOST_BACKUP_PASSPHRASE: 'for the old laptop',
    });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/That passphrase does not open the backup/);
    const restored = await outpost(['--db', laptop, 'restore', backup, '--lang', 'zh-CN'], {
      OUTPOST_DB_PASSPHRASE: 'laptop passphrase',
      OUTPOST_BACKUP_PASSPHRASE: 'for the new laptop',
    });
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toMatch(/已从备份恢复/);
    expect(existsSync(`${laptop}.key`)).toBe(true);
    const opened = await outpost(['--db', laptop, 'accounts', '--json'], {
      OUTPOST_DB_PASSPHRASE: 'laptop passphrase',
    });
    expect(opened.out).toBe(accountsBefore);
    // A new passphrase, unlocked with the old one; the old one no longer opens it.
    const changed = await outpost(['--db', laptop, 'passphrase'], {
      OUTPOST_DB_PASSPHRASE: 'laptop passphrase',
      OUTPOST_NEW_DB_PASSPHRASE: 'a newer passphrase',
    });
    expect(changed.code, changed.err).toBe(0);
    expect(
      (await outpost(['--db', laptop, 'accounts'], { OUTPOST_DB_PASSPHRASE: 'laptop passphrase' }))
        .code,
    ).toBe(2);
  }, 120_000);

  it('the local web host starts locked and serves the book once the page gives the passphrase', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/hosts/web/webMain.ts', '--db', db, '--port', '0'],
      { env: { ...process.env, OUTPOST_DB_PASSPHRASE: '' }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    const deadline = Date.now() + 90_000;
    while (!out.includes('running at') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    try {
      const url = new URL(/running at (\S+)/.exec(out)![1]!);
      const api = async (method: string, input: unknown) => {
        const response = await fetch(new URL(`/api/${method}`, url), {
          method: 'POST',
          headers: { 'x-outpost-secret': url.searchParams.get('secret') ?? '' },
          body: JSON.stringify(input),
        });
        return (await response.json()) as {
          ok: boolean;
          data: { name: string }[] & { state: string };
          error?: { code: string; message: string };
        };
      };
      const locked = await api('portfolio:list', {});
      expect(locked.error?.code).toBe('locked');
      expect((await api('security:status', {})).data.state).toBe('locked');
      const wrong = await api('security:unlock', { secret: 'night bus to Xian', lang: 'zh-CN' });
      expect(wrong.error?.code).toBe('wrong_secret');
      expect(wrong.error?.message).toMatch(/密码不对/);
      const unlocked = await api('security:unlock', { secret: PASS.OUTPOST_DB_PASSPHRASE });
      expect(unlocked.data.state).toBe('open');
      const listed = await api('portfolio:list', {});
      const expected = (JSON.parse(accountsBefore) as { name: string }[]).map((a) => a.name).sort();
      expect(listed.data.map((a) => a.name).sort()).toEqual(expected);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }, 150_000);
});
