/**
 * Prints a page of the app to PDF with a Chromium found on the machine (the local web host and
 * the CLI; the desktop app uses Electron's own printToPDF). The page is opened with the host's
 * per-launch secret and printed once it says its slides are drawn and its fonts loaded.
 */
import { chromium } from 'playwright-core';
import type { PdfPrinter } from '../../services/deck/deckExportService';
import { ServiceError } from '../../services/serviceError';
import { findChromium, INSTALL_CHROMIUM } from './findChromium';

const READY_TIMEOUT_MS = 60_000;

/** `appUrl` gives the host's address with its secret (`http://127.0.0.1:P/?secret=…`). */
export function chromiumPrinter(appUrl: () => string, env = process.env): PdfPrinter {
  return async (route) => {
    const executablePath = findChromium(env);
    if (!executablePath)
      throw new ServiceError(
        'unavailable',
        `No browser to print the PDF with. ${INSTALL_CHROMIUM}.`,
      );
    const browser = await chromium.launch({
      executablePath,
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Chromium refuses to run as root with its sandbox; a root shell (a container, CI) needs it off.
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${appUrl()}${route}`);
      const state = await page.waitForSelector('[data-print-ready], [data-print-error]', {
        timeout: READY_TIMEOUT_MS,
      });
      const problem = await state.getAttribute('data-print-error');
      if (problem !== null)
        throw new ServiceError('invalid_input', problem || 'The deck could not be drawn');
      return await page.pdf({
        width: '13.333in',
        height: '7.5in',
        printBackground: true,
        preferCSSPageSize: true,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
      });
    } finally {
      await browser.close();
    }
  };
}
