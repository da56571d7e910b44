/**
 * Opens an address in the user's default browser: `open` on macOS, `start` on Windows,
 * `xdg-open` elsewhere. Detached and silent: if nothing opens (no desktop, no browser), the
 * address printed beside it is still there to open by hand.
 */
import { spawn } from 'node:child_process';

export function browserCommand(
  url: string,
  platform: NodeJS.Platform = process.platform,
): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // `start` takes its first quoted argument as a window title.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]];
  return ['xdg-open', [url]];
}

export function openInBrowser(url: string): void {
  const [command, args] = browserCommand(url);
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
  } catch {
    // Nothing to open it with: the printed address stays.
  }
}
