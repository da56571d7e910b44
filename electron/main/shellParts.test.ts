import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { registerShellIpc } from './shellIpc';
import { focusOrOpen } from './singleWindow';

const fakeWindow = (state: { destroyed?: boolean; minimized?: boolean } = {}) => ({
  isDestroyed: () => !!state.destroyed,
  isMinimized: () => !!state.minimized,
  restore: vi.fn(),
  show: vi.fn(),
  focus: vi.fn(),
});

describe('one main window', () => {
  it('brings the running window forward, restoring it when minimised', () => {
    const open = vi.fn(() => fakeWindow());
    const running = fakeWindow({ minimized: true });
    expect(focusOrOpen(running, open)).toBe(running);
    expect(running.restore).toHaveBeenCalled();
    expect(running.focus).toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('opens it again when it was closed', () => {
    const fresh = fakeWindow();
    expect(focusOrOpen(null, () => fresh)).toBe(fresh);
    expect(focusOrOpen(fakeWindow({ destroyed: true }), () => fresh)).toBe(fresh);
  });
});

describe('the menu language from the page', () => {
  const setup = () => {
    const ipc = new EventEmitter();
    const setMenuLanguage = vi.fn();
    registerShellIpc(ipc as never, {
      isAppUrl: (url) => url.startsWith('file:///app/'),
      setMenuLanguage,
    });
    const send = (url: string, lang: unknown) =>
      ipc.emit('outpost:menu-language', { senderFrame: { url } }, lang);
    return { send, setMenuLanguage };
  };

  it('follows the app page, in a language the app speaks', () => {
    const { send, setMenuLanguage } = setup();
    send('file:///app/index.html', 'zh-CN');
    expect(setMenuLanguage).toHaveBeenCalledWith('zh-CN');
  });

  it('ignores other pages and unknown values', () => {
    const { send, setMenuLanguage } = setup();
    send('https://evil.example/', 'zh-CN');
    send('file:///app/index.html', 'fr');
    send('file:///app/index.html', { toString: () => 'en' });
    expect(setMenuLanguage).not.toHaveBeenCalled();
  });
});
