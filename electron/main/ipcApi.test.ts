import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { registerApiIpc, API_CHANNEL } = await import('./ipcApi');
const { createApiHandlers } = await import('../../src/services/apiHandlers');
const { tempWorkspace } = await import('../../tests/integration/testWorkspace');

describe('IPC API', () => {
  it('checks the sender of every call, then validates and dispatches it', async () => {
    const ws = tempWorkspace();
    let handler:
      ((event: unknown, method: unknown, input: unknown) => Promise<unknown>) | undefined;
    const ipcMain = {
      handle: (channel: string, fn: typeof handler) => channel === API_CHANNEL && (handler = fn),
    };
    registerApiIpc(
      ipcMain as never,
      createApiHandlers(ws),
      (url) => url === 'file:///app/index.html',
    );
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
    ws.cleanup();
  });
});
