import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

// Electron's binary is not available on build machines: its API is mocked (DESIGN.md §10).
vi.mock('electron', () => ({ shell: { openExternal: vi.fn(() => Promise.resolve()) } }));

const { hardenWebContents, isDevShortcut } = await import('./productionGuards');
const { guardNavigation } = await import('./windowFactory');

class FakeContents extends EventEmitter {
  windowOpen: ((details: { url: string }) => { action: string }) | undefined;
  closeDevTools = vi.fn();
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpen = handler;
  }
}

const key = (
  k: string,
  mods: Partial<Record<'control' | 'meta' | 'shift' | 'alt', boolean>> = {},
) => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...mods,
});

function created(production: boolean) {
  const app = new EventEmitter();
  hardenWebContents(app as never, {
    isAppUrl: (url) => url.startsWith('file:///app/'),
    production,
  });
  const contents = new FakeContents();
  app.emit('web-contents-created', {}, contents);
  return contents;
}

describe('production guards', () => {
  it('knows the reload and DevTools keys on every platform', () => {
    for (const input of [
      key('F5'),
      key('F12'),
      key('r', { control: true }),
      key('R', { meta: true, shift: true }),
      key('I', { control: true, shift: true }),
      key('i', { meta: true, alt: true }),
      key('J', { control: true, shift: true }),
    ])
      expect(isDevShortcut(input), JSON.stringify(input)).toBe(true);
    for (const input of [
      key('r'),
      key('i', { control: true }),
      key('c', { control: true }),
      { ...key('F5'), type: 'keyUp' },
    ])
      expect(isDevShortcut(input), JSON.stringify(input)).toBe(false);
  });

  it('guards every web contents created, and in production swallows reload and DevTools keys', () => {
    const contents = created(true);
    expect(contents.windowOpen?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const away = { preventDefault: vi.fn() };
    contents.emit('will-navigate', away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const reload = { preventDefault: vi.fn() };
    contents.emit('before-input-event', reload, key('r', { control: true }));
    expect(reload.preventDefault).toHaveBeenCalled();
    const typing = { preventDefault: vi.fn() };
    contents.emit('before-input-event', typing, key('r'));
    expect(typing.preventDefault).not.toHaveBeenCalled();
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalled();
  });

  it('leaves reload and DevTools to a development build', () => {
    const contents = created(false);
    expect(contents.listenerCount('before-input-event')).toBe(0);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('guards a contents once, however many times it is asked', () => {
    const contents = new FakeContents();
    guardNavigation(contents as never, () => true);
    guardNavigation(contents as never, () => true);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});
