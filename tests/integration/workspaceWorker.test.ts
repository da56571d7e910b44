/**
 * The workspace worker behind the local web host (the desktop app's IPC uses the same worker:
 * electron/main/ipcApi.test.ts): calls answered over HTTP, a database it must not open refused
 * before anything is served, and a worker that dies in the middle of writes — restarted, the
 * host told, every write it acknowledged still there, every other one answered as not saved.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../src/db/databaseOpenError';
import { startWebHost } from '../../src/hosts/web/webHost';
import { SOURCE_ENTRY, WorkspaceWorker } from '../../src/hosts/worker/workspaceWorker';
import type { Result } from '../../src/shared/api/result';

const dir = mkdtempSync(join(tmpdir(), 'outpost-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rendererDir = join(dir, 'renderer');
mkdirSync(rendererDir);
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Outpost</title>');

describe('the workspace worker behind the web host', () => {
  it('refuses a database from a newer Outpost before anything is served', async () => {
    const file = join(dir, 'newer.db');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const refused = await WorkspaceWorker.start({ entry: SOURCE_ENTRY, dbFile: file }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(DatabaseOpenError);
    expect((refused as DatabaseOpenError).text('en')).toContain('written by a newer version');
  }, 60_000);

  it('restarts after a crash in the middle of writes: nothing acknowledged is lost', async () => {
    const dbFile = join(dir, 'crash.db');
    const worker = await WorkspaceWorker.start({ entry: SOURCE_ENTRY, dbFile });
    const restarted: string[] = [];
    worker.on('restarted', (reason) => restarted.push(reason));
    const web = await startWebHost({ api: worker.call, rendererDir });
    const api = async (method: string, input: unknown): Promise<Result<{ id: string }>> => {
      const response = await fetch(`http://127.0.0.1:${web.port}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-outpost-secret': web.secret },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Result<{ id: string }>;
    };

    const writes = Array.from({ length: 300 }, (_, i) =>
      api('records:create', { type: 'accounts', fields: { name: `Crash Test ${i}` } }),
    );
    // Let some be written, then the worker dies as a crash would.
    await Promise.race(writes);
    await worker.kill();
    const results = await Promise.all(writes);
    const saved = results.flatMap((r) => (r.ok ? [r.data.id] : []));
    const refused = results.filter((r) => !r.ok);
    expect(saved.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused)
      expect(r).toMatchObject({ ok: false, error: { code: 'worker_restarted' } });

    // The host restarted it and says so; the next calls are served again.
    const deadline = Date.now() + 30_000;
    let info = await api('app:info', {});
    while (!info.ok && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      info = await api('app:info', {});
    }
    expect(info.ok).toBe(true);
    expect(restarted).toHaveLength(1);
    expect(restarted[0]).toContain('stopped unexpectedly');

    // Every acknowledged write is in the file.
    await worker.stop();
    await web.close();
    const db = new Database(dbFile, { readonly: true });
    const stored = new Set(
      db.prepare('SELECT id FROM accounts WHERE deleted = 0').pluck().all() as string[],
    );
    db.close();
    expect(saved.filter((id) => !stored.has(id))).toEqual([]);
    expect(db.open).toBe(false);
  }, 120_000);

  it('reports how far long work got, and stops it when asked, keeping only whole accounts', async () => {
    const dbFile = join(dir, 'progress.db');
    const worker = await WorkspaceWorker.start({ entry: SOURCE_ENTRY, dbFile });
    type Tasks = { tasks: { id: number; method: string; done: number; total: number }[] };
    const tasks = async () => (await worker.call('tasks:progress', {})) as Result<Tasks>;
    const loading = worker.call('demo:load', { accounts: 5000 });
    // The host answers while the worker is busy: the task is there, and moves.
    let seen: Tasks['tasks'][number] | undefined;
    const deadline = Date.now() + 60_000;
    while (!(seen && seen.done > 0) && Date.now() < deadline) {
      const now = await tasks();
      seen = now.ok ? now.data.tasks.find((t) => t.method === 'demo:load') : undefined;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen).toMatchObject({ method: 'demo:load', total: 5000 });
    expect(seen!.done).toBeGreaterThan(0);
    expect(await worker.call('tasks:cancel', { id: seen!.id })).toEqual({
      ok: true,
      data: { cancelled: true },
    });
    const result = await loading;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const kept = Number(/Stopped: (\d+) of 5000/.exec(result.ok ? '' : result.error.message)?.[1]);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(5000);
    // Whole accounts only: what the message says was kept is what is there, each with its records.
    const info = (await worker.call('app:info', {})) as Result<{ accountCount: number }>;
    expect(info).toMatchObject({ ok: true, data: { accountCount: kept } });
    expect((await tasks()).ok && (await tasks())).toMatchObject({ data: { tasks: [] } });
    expect(await worker.call('tasks:cancel', { id: seen!.id })).toEqual({
      ok: true,
      data: { cancelled: false },
    });
    expect(await worker.call('tasks:cancel', { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await worker.stop();
  }, 180_000);

  it('asks the host to print deck PDFs, and logs what failed unexpectedly', async () => {
    const routes: string[] = [];
    const whilePrinting: unknown[] = [];
    let printerWorks = true;
    const worker: WorkspaceWorker = await WorkspaceWorker.start({
      entry: SOURCE_ENTRY,
      dbFile: join(dir, 'print.db'),
      printPdf: async (route) => {
        routes.push(route);
        // While the host prints, the export says how far it got: deck built, printing.
        whilePrinting.push(await worker.call('tasks:progress', {}));
        if (!printerWorks) throw new Error('the printer caught fire');
        return Buffer.from('%PDF-1.7 stand-in');
      },
    });
    const logged: { method?: string; message: string }[] = [];
    worker.on('log', (entry) => logged.push(entry));
    const created = (await worker.call('records:create', {
      type: 'accounts',
      fields: { name: 'Printable Ltd' },
    })) as Result<{ id: string }>;
    const accountId = created.ok ? created.data.id : '';
    const input = { accountId, from: '2026-09-01', to: '2026-12-01', format: 'pdf' };
    const printed = (await worker.call('qbr:export', input)) as Result<{ base64: string }>;
    expect(printed.ok && Buffer.from(printed.data.base64, 'base64').toString()).toBe(
      '%PDF-1.7 stand-in',
    );
    expect(routes[0]).toContain(accountId);
    expect(whilePrinting[0]).toMatchObject({
      ok: true,
      data: { tasks: [{ method: 'qbr:export', done: 1, total: 2, cancellable: false }] },
    });
    expect(logged).toEqual([]);

    printerWorks = false;
    const failed = await worker.call('qbr:export', input);
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ method: 'qbr:export' });
    expect(logged[0]!.message).toContain('the printer caught fire');
    await worker.stop();
  }, 60_000);
});
