import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_STATE,
  fitToScreens,
  readWindowState,
  trackWindowState,
  writeWindowState,
} from './windowState';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-window-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  vi.useRealTimers();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };

describe('window state', () => {
  it('is remembered between launches, and a damaged or strange file gives the default', () => {
    const dir = folder();
    expect(readWindowState(dir)).toEqual(DEFAULT_STATE);
    writeWindowState(dir, { x: 40, y: 30, width: 1200, height: 800, maximized: true });
    expect(readWindowState(dir)).toEqual({
      x: 40,
      y: 30,
      width: 1200,
      height: 800,
      maximized: true,
    });
    for (const bad of [
      '{',
      '{"width":"wide","height":800,"maximized":false}',
      '{"width":5,"height":5,"maximized":false}',
    ]) {
      writeFileSync(join(dir, 'window-state.json'), bad);
      expect(readWindowState(dir), bad).toEqual(DEFAULT_STATE);
    }
  });

  it('keeps a place that is on a screen, and drops one on a monitor that is gone', () => {
    const onScreen = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
    expect(fitToScreens(onScreen, [laptop])).toEqual(onScreen);
    const onSecond = { x: 2200, y: 100, width: 2400, height: 1300, maximized: true };
    expect(fitToScreens(onSecond, [laptop, { x: 1920, y: 0, width: 2560, height: 1400 }])).toEqual(
      onSecond,
    );
    expect(fitToScreens(onSecond, [laptop])).toEqual({
      width: 1920,
      height: 1050,
      maximized: true,
    });
    // Only a sliver of the title bar showing is not enough to grab it.
    expect(fitToScreens({ ...onScreen, x: 1880 }, [laptop])).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('follows the window as it moves and closes, writing once it settles', () => {
    vi.useFakeTimers();
    const window = Object.assign(new EventEmitter(), {
      bounds: { x: 10, y: 10, width: 1000, height: 700 },
      maximized: false,
      getNormalBounds() {
        return this.bounds;
      },
      isMaximized() {
        return this.maximized;
      },
    });
    const saved: unknown[] = [];
    trackWindowState(window, (s) => saved.push(s), 1000);
    window.bounds = { x: 50, y: 60, width: 1000, height: 700 };
    window.emit('move');
    window.emit('move');
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual([{ x: 50, y: 60, width: 1000, height: 700, maximized: false }]);
    window.maximized = true;
    window.emit('maximize');
    window.emit('close');
    expect(saved).toHaveLength(3);
    expect(saved[2]).toEqual({ x: 50, y: 60, width: 1000, height: 700, maximized: true });
  });
});
