/** Builds the app with electron-vite when asked to, or when the built renderer is missing. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, RENDERER_DIR } from './appPaths';

export function ensureBuilt(force = false): void {
  if (!force && existsSync(join(RENDERER_DIR, 'index.html'))) return;
  const bin = join(
    REPO_ROOT,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite',
  );
  const result = spawnSync(bin, ['build'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0)
    throw new Error('Building the app failed (electron-vite build); see the messages above.');
}
