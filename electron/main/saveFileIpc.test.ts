import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { registerSaveFileIpc } = await import('./saveFileIpc');
const { SAVE_FILE_CHANNEL } = await import('../../src/shared/api/savedFile');

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

function setup(choice: { canceled: boolean; filePath?: string }) {
  let handler: Handler | undefined;
  const asked: unknown[] = [];
  registerSaveFileIpc(
    {
      handle: (channel: string, fn: Handler) => channel === SAVE_FILE_CHANNEL && (handler = fn),
    } as never,
    {
      dialog: {
        showSaveDialog: (...args: unknown[]) => {
          asked.push(args.at(-1));
          return Promise.resolve(choice) as never;
        },
      },
      windowOf: () => null,
      downloadsDir: () => '/home/csm/Downloads',
      isAppUrl: (url) => url === 'file:///app/index.html',
    },
  );
  return {
    call: (url: string, input: unknown) => handler!({ senderFrame: { url } }, input),
    asked,
  };
}

const csv = {
  fileName: 'renewals.csv',
  mimeType: 'text/csv',
  base64: Buffer.from('\uFEFFa,b\r\n').toString('base64'),
};

describe('save file IPC', () => {
  it('asks where to save, suggesting the downloads folder, and writes the bytes there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outpost-save-'));
    const target = join(dir, 'chosen.csv');
    const { call, asked } = setup({ canceled: false, filePath: target });
    expect(await call('file:///app/index.html', csv)).toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('\uFEFFa,b\r\n');
    expect(asked[0]).toMatchObject({
      defaultPath: '/home/csm/Downloads/renewals.csv',
      filters: [{ extensions: ['csv'] }],
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes nothing when the user cancels', async () => {
    const { call } = setup({ canceled: true });
    expect(await call('file:///app/index.html', csv)).toEqual({ saved: false, path: null });
  });

  it('refuses other pages, folder names in the file name and bytes that are not base64', async () => {
    const { call, asked } = setup({ canceled: false, filePath: '/tmp/never.csv' });
    await expect(call('https://evil.example', csv)).rejects.toThrow(/Outpost window/);
    await expect(
      call('file:///app/index.html', { ...csv, fileName: '../../etc/passwd' }),
    ).rejects.toThrow();
    await expect(
      call('file:///app/index.html', { ...csv, base64: 'not base64!' }),
    ).rejects.toThrow();
    expect(asked).toEqual([]);
  });
});
