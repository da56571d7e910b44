/**
 * What the packaged app adds to the window factory's protections (DESIGN.md §12): every web
 * contents Electron creates — the window, the hidden deck printer, anything else — kept on the
 * app's page; and in production no DevTools and no reload, by menu or by key.
 */
import type { App, Input, WebContents } from 'electron';
import { guardNavigation } from './windowFactory';

/** Keys that open DevTools or reload the page in Chromium. */
export function isDevShortcut(
  input: Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'shift' | 'alt'>,
): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const command = input.control || input.meta;
  if (key === 'f5' || key === 'f12') return true;
  if (command && key === 'r') return true; // reload, hard reload
  if (command && (input.shift || input.alt) && (key === 'i' || key === 'j' || key === 'c'))
    return true; // DevTools, console, inspect element
  return false;
}

/** Swallows reload and DevTools keys before the page or Chromium sees them. */
export function blockDevShortcuts(contents: WebContents): void {
  contents.on('before-input-event', (event, input) => {
    if (isDevShortcut(input)) event.preventDefault();
  });
}

/**
 * Guards every web contents as it is created, so none can navigate away, open windows or attach
 * a <webview>; in production each also loses the reload and DevTools keys.
 */
export function hardenWebContents(
  app: Pick<App, 'on'>,
  options: { isAppUrl: (url: string) => boolean; production: boolean },
): void {
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, options.isAppUrl);
    if (options.production) {
      blockDevShortcuts(contents);
      contents.on('devtools-opened', () => contents.closeDevTools());
    }
  });
}
