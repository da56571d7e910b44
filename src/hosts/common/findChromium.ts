/**
 * A Chromium-based browser on this machine to print PDFs with: $OUTPOST_CHROMIUM, else the usual
 * places of Chromium, Chrome and Edge on Linux, macOS and Windows.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const INSTALL_CHROMIUM =
  'Install Chromium (Debian and Ubuntu: apt-get install chromium), Google Chrome or Microsoft Edge, or set OUTPOST_CHROMIUM to the browser’s path';

function candidates(env: NodeJS.ProcessEnv): string[] {
  const programFiles = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
    (p): p is string => Boolean(p),
  );
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ...programFiles.flatMap((dir) => [
      join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(dir, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(dir, 'Chromium', 'Application', 'chrome.exe'),
    ]),
  ];
}

/** The browser's path, or null when none is found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.OUTPOST_CHROMIUM;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return candidates(env).find((path) => existsSync(path)) ?? null;
}
