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

export function secureWebPreferences(
  preload: string,
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
    spellcheck: true,
  };
}

/** Keeps a window's contents on the app's own page. */
export function guardNavigation(contents: WebContents, isAppUrl: (url: string) => boolean): void {
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
}

export function createAppWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: options.title ?? 'Outpost',
    webPreferences: secureWebPreferences(options.preload),
  });
  guardNavigation(window.webContents, options.isAppUrl);
  window.once('ready-to-show', () => window.show());
  return window;
}
