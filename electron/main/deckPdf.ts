/**
 * PDF of a deck in the desktop app: the deck's print page loaded in a hidden window of the same
 * secure kind as the app's, then Electron's printToPDF at slide size once the page says its slides
 * are drawn (DESIGN.md §7).
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinter } from '../../src/services/deck/deckExportService';
import { ServiceError } from '../../src/services/serviceError';
import { guardNavigation, secureWebPreferences } from './windowFactory';

export interface DeckPdfDeps {
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
  preload: string;
  isAppUrl(url: string): boolean;
  /** Loads the app at a hash route in the window. */
  load(window: BrowserWindow, route: string): Promise<void>;
  timeoutMs?: number;
  /** The packaged app: no DevTools. */
  production?: boolean;
}

/** '' when ready, the problem when the page could not draw the deck, null while it draws. */
const READINESS = `(() => {
  const error = document.querySelector('[data-print-error]');
  if (error) return error.getAttribute('data-print-error') || 'The deck could not be drawn';
  return document.querySelector('[data-print-ready]') ? '' : null;
})()`;

export function electronPdfPrinter(deps: DeckPdfDeps): PdfPrinter {
  return async (route) => {
    const window = deps.createWindow({
      show: false,
      width: 1280,
      height: 720,
      webPreferences: secureWebPreferences(deps.preload, { production: deps.production }),
    });
    guardNavigation(window.webContents, deps.isAppUrl);
    try {
      await deps.load(window, route);
      const deadline = Date.now() + (deps.timeoutMs ?? 60_000);
      for (;;) {
        const state = (await window.webContents.executeJavaScript(READINESS)) as string | null;
        if (state === '') break;
        if (state !== null) throw new ServiceError('invalid_input', state);
        if (Date.now() > deadline)
          throw new ServiceError('internal', 'The deck did not finish drawing for its PDF');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return await window.webContents.printToPDF({
        pageSize: { width: 13.333, height: 7.5 },
        printBackground: true,
        preferCSSPageSize: true,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      });
    } finally {
      window.destroy();
    }
  };
}
