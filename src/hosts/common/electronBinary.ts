/**
 * Electron's binary, when it was downloaded at install time; null where it was not. Reads the
 * electron package's own record of it rather than `require('electron')`, which would try to
 * download the binary on the spot.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function electronBinary(): string | null {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
      const override = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
      return existsSync(override) ? override : null;
    }
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
