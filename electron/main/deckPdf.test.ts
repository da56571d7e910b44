import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn() } }));
const { electronPdfPrinter } = await import('./deckPdf');

/** A stand-in BrowserWindow: the page becomes ready after a few polls. */
function fakeWindow(states: (string | null)[]) {
  const calls: string[] = [];
  const window = {
    webContents: {
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      executeJavaScript: vi.fn(() => Promise.resolve(states.length > 0 ? states.shift() : '')),
      printToPDF: vi.fn((options: unknown) => {
        calls.push(JSON.stringify(options));
        return Promise.resolve(Buffer.from('%PDF-1.7 fake'));
      }),
    },
    destroy: vi.fn(),
  };
  return { window, calls };
}

describe('deck PDF in the desktop app', () => {
  it('loads the print route in a hidden sandboxed window, waits for the slides, prints at slide size', async () => {
    const { window, calls } = fakeWindow([null, null, '']);
    const created: unknown[] = [];
    const routes: string[] = [];
    const print = electronPdfPrinter({
      createWindow: (options) => {
        created.push(options);
        return window as never;
      },
      preload: '/app/preload.cjs',
      isAppUrl: () => true,
      load: (_w, route) => {
        routes.push(route);
        return Promise.resolve();
      },
    });
    const pdf = await print('#/print/qbr?account=a1');
    expect(pdf.toString()).toContain('%PDF');
    expect(routes).toEqual(['#/print/qbr?account=a1']);
    expect(created[0]).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(3);
    expect(JSON.parse(calls[0]!)).toMatchObject({
      pageSize: { width: 13.333, height: 7.5 },
      printBackground: true,
    });
    expect(window.destroy).toHaveBeenCalled();
  });

  it('says why when the page could not draw the deck, and closes the window', async () => {
    const { window } = fakeWindow([null, 'No accounts record with id x']);
    const print = electronPdfPrinter({
      createWindow: () => window as never,
      preload: '/p.cjs',
      isAppUrl: () => true,
      load: () => Promise.resolve(),
    });
    await expect(print('#/print/qbr?account=x')).rejects.toThrow(/No accounts record/);
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalled();
  });
});
