/**
 * The one window factory (DESIGN.md §12): context isolation and the sandbox on, Node integration
 * and <webview> off, in-app navigation and new windows denied; https/mailto links open outside.
 */
import {
  BrowserWindow,
  shell,
  type BrowserWindowConstructorOptions,
  type WebContents,
} from 'electron';
import { openExternalLink } from './externalLinks';

/**
 * DevTools only in development. The spellchecker is the operating system's on macOS and Windows;
 * on Linux Chromium's would download Hunspell dictionaries from the internet, so it is off there.
 */
export function secureWebPreferences(
  preload: string,
  options: { production?: boolean; platform?: NodeJS.Platform } = {},
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    devTools: !options.production,
    spellcheck: (options.platform ?? process.platform) !== 'linux',
  };
}

const guarded = new WeakSet<WebContents>();

/** Keeps a window's contents on the app's own page (once per contents, however often asked). */
export function guardNavigation(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(shell, url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternalLink(shell, url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
}

export interface WindowOptions {
  preload: string;
  isAppUrl: (url: string) => boolean;
  title?: string;
  /** The packaged app: no DevTools. */
  production?: boolean;
  /** Where and how large to open (the remembered place); centred at the default size otherwise. */
  bounds?: { x?: number; y?: number; width: number; height: number };
}

export function createAppWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: options.bounds?.width ?? 1400,
    height: options.bounds?.height ?? 900,
    ...(options.bounds?.x !== undefined && options.bounds.y !== undefined
      ? { x: options.bounds.x, y: options.bounds.y }
      : {}),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: options.title ?? 'Outpost',
    webPreferences: secureWebPreferences(options.preload, { production: options.production }),
  });
  guardNavigation(window.webContents, options.isAppUrl);
  window.once('ready-to-show', () => window.show());
  return window;
}
