/**
 * The session of the app's worker (the web host's and the desktop's): a new database waits for
 * its set-up, nothing is served while it is locked, a wrong passphrase changes nothing and may be
 * retried, the recovery words open it, a double click unlocks once, and a backup taken from the app
 * restores over the open workspace — which is closed, swapped and opened again.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCE_ENTRY, WorkspaceWorker } from '../../../src/hosts/worker/workspaceWorker';
import type { ApiMethod, ApiOutput } from '../../../src/shared/api/contract';
import type { Result } from '../../../src/shared/api/result';

const dir = mkdtempSync(join(tmpdir(), 'outpost-session-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PASSPHRASE = 'correct horse battery';

async function gated(dbFile: string, key?: Uint8Array) {
  const worker = await WorkspaceWorker.start({
    entry: SOURCE_ENTRY,
    dbFile,
    gate: { keystore: 'passphrase', passphraseBecause: 'notDesktop' },
    ...(key ? { key } : {}),
  });
  const call = async <M extends ApiMethod>(method: M, input: unknown = {}) =>
    (await worker.call(method, input)) as Result<ApiOutput<M>>;
  return { worker, call };
}

function data<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe('the worker session', () => {
  it('sets up, locks, refuses a wrong passphrase, unlocks with the words, once', async () => {
    const dbFile = join(dir, 'new.db');
    const { worker, call } = await gated(dbFile);
    try {
      expect(data(await call('security:status')).state).toBe('setUp');
      // Nothing is served, and no plain file is made, before the set-up.
      const early = await call('portfolio:list');
      expect(early.ok || early.error.code).toBe('locked');
      expect(existsSync(dbFile)).toBe(false);
      const short = await call('security:setUp', { passphrase: 'short', lang: 'zh-CN' });
      expect(short.ok).toBe(false);
      if (!short.ok) expect(short.error.message).toMatch(/密码/);
      const { words } = data(await call('security:setUp', { passphrase: PASSPHRASE }));
      expect(words).toHaveLength(24);
      data(await call('records:create', { type: 'accounts', fields: { name: 'Zephyr Mining' } }));
      expect(readFileSync(dbFile).subarray(0, 15).toString()).not.toBe('SQLite format 3');

      expect(data(await call('security:lock')).state).toBe('locked');
      expect((await call('portfolio:list')).ok).toBe(false);
      const wrong = await call('security:unlock', { secret: 'not the passphrase' });
      expect(wrong.ok || wrong.error.code).toBe('wrong_secret');
      expect(data(await call('security:status')).state).toBe('locked');
      // A double click: both answered, the database opened once.
      const [a, b] = await Promise.all([
        call('security:unlock', { secret: words.join(' ') }),
        call('security:unlock', { secret: words.join(' ') }),
      ]);
      expect([data(a).state, data(b).state]).toEqual(['open', 'open']);
      const rows = data(await call('portfolio:list'));
      expect(rows.map((r) => r.name)).toEqual(['Zephyr Mining']);

      // The words again: only with the passphrase.
      const refused = await call('security:recoveryKey', { passphrase: 'guess guess guess' });
      expect(refused.ok || refused.error.code).toBe('wrong_secret');
      expect(data(await call('security:recoveryKey', { passphrase: PASSPHRASE })).words).toEqual(
        words,
      );
    } finally {
      await worker.stop();
    }
  }, 90_000);

  it('restores a backup taken in the app over the open workspace', async () => {
    const dbFile = join(dir, 'restore.db');
    const { worker, call } = await gated(dbFile);
    try {
      data(await call('security:setUp', { passphrase: PASSPHRASE }));
      data(await call('records:create', { type: 'accounts', fields: { name: 'Before Backup' } }));
      const made = data(await call('backup:now'));
      expect(made.kind).toBe('manual');
      const portable = data(await call('backup:now', { passphrase: 'for the other laptop' }));
      expect(portable.kind).toBe('portable');
      const listed = data(await call('backup:list'));
      expect(listed.map((b) => b.kind).sort()).toEqual(['manual', 'portable']);
      data(await call('records:create', { type: 'accounts', fields: { name: 'After Backup' } }));

      // A file that is not one of this database's backups is refused; nothing changes.
      const foreign = await call('backup:restore', { file: join(dir, 'elsewhere.bak') });
      expect(foreign.ok || foreign.error.code).toBe('not_found');
      // The portable one without its passphrase: refused, the workspace still open and whole.
      const locked = await call('backup:restore', { file: portable.file, secret: 'wrong wrong' });
      expect(locked.ok || locked.error.code).toBe('wrong_secret');
      expect(data(await call('portfolio:list')).length).toBe(2);

      const restored = data(await call('backup:restore', { file: made.file }));
      expect(restored.safetyCopy).toMatch(/before-restore/);
      const names = data(await call('portfolio:list')).map((r) => r.name);
      expect(names).toEqual(['Before Backup']);
      // The restored database is a copy: it took a new node id, and is still encrypted.
      expect(readFileSync(dbFile).subarray(0, 15).toString()).not.toBe('SQLite format 3');
      const again = data(
        await call('backup:restore', { file: portable.file, secret: 'for the other laptop' }),
      );
      expect(again.schemaVersion).toBeGreaterThan(0);
    } finally {
      await worker.stop();
    }
  }, 120_000);

  it('a worker without the gate serves a plain database as before', async () => {
    const dbFile = join(dir, 'plain.db');
    const worker = await WorkspaceWorker.start({ entry: SOURCE_ENTRY, dbFile });
    try {
      const status = await worker.call('security:status', {});
      expect(data(status as Result<ApiOutput<'security:status'>>).state).toBe('open');
      const lock = await worker.call('security:lock', {});
      expect(lock.ok || lock.error.code).toBe('unavailable');
    } finally {
      await worker.stop();
    }
  }, 60_000);
});

describe('the worker session with the OS keystore (the desktop app)', () => {
  it('keeps the new key in the keystore before encrypting; recovery words bring it back', async () => {
    const dbFile = join(dir, 'desktop.db');
    const kept: Buffer[] = [];
    const start = (key?: Uint8Array) =>
      WorkspaceWorker.start({
        entry: SOURCE_ENTRY,
        dbFile,
        gate: { keystore: 'os', passphraseBecause: null },
        ...(key ? { key } : {}),
        wrapKey: (key) => {
          // At the set-up, nothing is encrypted yet when the keystore is asked to keep the key.
          if (kept.length === 0) expect(existsSync(dbFile)).toBe(false);
          kept.push(Buffer.from(key));
          return Promise.resolve();
        },
      });
    let worker = await start();
    const status = data(
      (await worker.call('security:status', {})) as Result<ApiOutput<'security:status'>>,
    );
    expect(status).toMatchObject({ state: 'setUp', keystore: 'os', canLock: false });
    const { words } = data(
      (await worker.call('security:setUp', {})) as Result<ApiOutput<'security:setUp'>>,
    );
    expect(kept).toHaveLength(1);
    expect(kept[0]).toHaveLength(32);
    data(await worker.call('records:create', { type: 'accounts', fields: { name: 'Heron Labs' } }));
    // With the OS keystore the words show without a passphrase, the app being unlocked.
    const again = (await worker.call('security:recoveryKey', {})) as Result<{ words: string[] }>;
    expect(data(again).words).toEqual(words);
    await worker.stop();

    // The next start unlocks with the key from the keystore.
    worker = await start(new Uint8Array(kept[0]!));
    expect(data((await worker.call('portfolio:list', {})) as Result<unknown[]>)).toHaveLength(1);
    await worker.stop();

    // The keystore lost it (a reinstalled system): locked; the words open it and it is kept again.
    worker = await start();
    try {
      const locked = (await worker.call('security:status', {})) as Result<{ state: string }>;
      expect(data(locked).state).toBe('locked');
      data(await worker.call('security:unlock', { secret: words.join(' ') }));
      expect(kept).toHaveLength(2);
      expect(kept[1]!.equals(kept[0]!)).toBe(true);
      expect(data((await worker.call('portfolio:list', {})) as Result<unknown[]>)).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  }, 90_000);
});
