import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's binary is not available on build machines: its API is mocked (DESIGN.md §10).
const created: { options: Record<string, unknown>; contents: FakeContents }[] = [];
const openExternal = vi.fn(() => Promise.resolve());

class FakeContents {
  handlers = new Map<string, (...args: unknown[]) => void>();
  windowOpen: ((details: { url: string }) => { action: string }) | undefined;
  on(event: string, handler: (...args: unknown[]) => void) {
    this.handlers.set(event, handler);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpen = handler;
  }
}

vi.mock('electron', () => ({
  shell: { openExternal },
  BrowserWindow: class {
    webContents = new FakeContents();
    constructor(options: Record<string, unknown>) {
      created.push({ options, contents: this.webContents });
    }
    once() {}
  },
}));

const { createAppWindow, secureWebPreferences } = await import('./windowFactory');
const { isSafeExternalUrl } = await import('./externalLinks');
const { appUrlMatcher } = await import('./appUrl');

describe('window factory', () => {
  beforeEach(() => {
    created.length = 0;
    openExternal.mockClear();
  });

  it('creates windows with isolation and the sandbox on, Node and <webview> off', () => {
    createAppWindow({ preload: '/app/preload.cjs', isAppUrl: () => false });
    expect(created[0]?.options.webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
    expect(created[0]?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
    });
  });

  it('turns DevTools off in production, and the spellchecker off where it would download', () => {
    expect(secureWebPreferences('/p.cjs', { production: true }).devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', { production: false }).devTools).toBe(true);
    createAppWindow({ preload: '/p.cjs', isAppUrl: () => false, production: true });
    expect(created[0]?.options.webPreferences).toMatchObject({ devTools: false });
    for (const platform of ['darwin', 'win32'] as const)
      expect(secureWebPreferences('/p.cjs', { platform }).spellcheck, platform).toBe(true);
    expect(secureWebPreferences('/p.cjs', { platform: 'linux' }).spellcheck).toBe(false);
  });

  it('denies new windows and foreign navigation, opening only https/mailto outside', () => {
    const isAppUrl = appUrlMatcher('/app/out/renderer/index.html');
    createAppWindow({ preload: '/p.cjs', isAppUrl });
    const contents = created[0]!.contents;
    expect(contents.windowOpen?.({ url: 'https://example.com/docs' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/docs');
    expect(contents.windowOpen?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);

    const navigate = contents.handlers.get('will-navigate')!;
    const foreign = { preventDefault: vi.fn() };
    navigate(foreign, 'http://evil.example/');
    expect(foreign.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);
    const own = { preventDefault: vi.fn() };
    navigate(own, 'file:///app/out/renderer/index.html#/portfolio');
    expect(own.preventDefault).not.toHaveBeenCalled();

    const attach = { preventDefault: vi.fn() };
    contents.handlers.get('will-attach-webview')!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('accepts only https and mailto links as external', () => {
    expect(isSafeExternalUrl('https://example.com')).toBe(true);
    expect(isSafeExternalUrl('mailto:csm@example.com')).toBe(true);
    for (const bad of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'not a url',
      'mailto:',
    ]) {
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    }
  });
});
