/**
 * The main window's size, position and maximised state, remembered between launches in
 * `window-state.json` in the user data folder. A remembered place that no longer lies on any
 * screen (a monitor unplugged since) is dropped, and the window opens centred at its size.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof stateSchema>;

export const DEFAULT_STATE: WindowState = { width: 1400, height: 900, maximized: false };
const FILE = 'window-state.json';

export function readWindowState(dir: string): WindowState {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(join(dir, FILE), 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_STATE;
  } catch {
    return DEFAULT_STATE;
  }
}

/** Written to a side file and renamed over, so a crash never leaves half a file. */
export function writeWindowState(dir: string, state: WindowState): void {
  const file = join(dir, FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

/**
 * The state to open with on these screens (their work areas): the remembered place when enough
 * of the window's title bar lies on one of them, else the same size, fitted and centred by the
 * system (no x/y).
 */
export function fitToScreens(state: WindowState, workAreas: Rect[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const titleBar = { x, y, width: state.width, height: 40 };
  const visible = workAreas.some((area) => {
    const w =
      Math.min(titleBar.x + titleBar.width, area.x + area.width) - Math.max(titleBar.x, area.x);
    const h =
      Math.min(titleBar.y + titleBar.height, area.y + area.height) - Math.max(titleBar.y, area.y);
    return w >= 100 && h >= 20;
  });
  if (visible) return state;
  const largest = workAreas.reduce<Rect | null>(
    (best, a) => (!best || a.width * a.height > best.width * best.height ? a : best),
    null,
  );
  return {
    width: largest ? Math.min(state.width, largest.width) : state.width,
    height: largest ? Math.min(state.height, largest.height) : state.height,
    maximized: state.maximized,
  };
}

/** What a window tells about itself for remembering. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/**
 * Remembers the window's place as it changes (a second after it stops moving) and when it closes.
 * Returns a function that writes what is pending at once.
 */
export function trackWindowState(
  window: TrackedWindow,
  save: (state: WindowState) => void,
  delayMs = 1000,
): () => void {
  let timer: NodeJS.Timeout | null = null;
  const current = (): WindowState => {
    const bounds = window.getNormalBounds();
    return { ...bounds, maximized: window.isMaximized() };
  };
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    save(current());
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  for (const event of ['resize', 'move'] as const) window.on(event, later);
  for (const event of ['maximize', 'unmaximize', 'close'] as const) window.on(event, flush);
  return flush;
}
