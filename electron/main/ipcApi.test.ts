import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { registerApiIpc, API_CHANNEL } = await import('./ipcApi');
const { SOURCE_ENTRY, WorkspaceWorker } = await import('../../src/hosts/worker/workspaceWorker');
const { mkdtempSync, rmSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const { join } = await import('node:path');

const dir = mkdtempSync(join(tmpdir(), 'outpost-ipc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('IPC API', () => {
  it('checks the sender of every call, then the workspace worker validates and dispatches it', async () => {
    const worker = await WorkspaceWorker.start({
      entry: SOURCE_ENTRY,
      dbFile: join(dir, 'outpost.db'),
    });
    let handler:
      ((event: unknown, method: unknown, input: unknown) => Promise<unknown>) | undefined;
    const ipcMain = {
      handle: (channel: string, fn: typeof handler) => channel === API_CHANNEL && (handler = fn),
    };
    registerApiIpc(ipcMain as never, worker.call, (url) => url === 'file:///app/index.html');
    const from = (url: string) => ({ senderFrame: { url } });

    expect(await handler!(from('https://evil.example'), 'app:info', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(await handler!(from('file:///app/index.html'), 'app:info', {})).toMatchObject({
      ok: true,
      data: { accountCount: 0 },
    });
    expect(
      await handler!(from('file:///app/index.html'), 'records:create', { type: 'nope' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await handler!(from('file:///app/index.html'), 42, {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    await worker.stop();
  }, 60_000);
});
