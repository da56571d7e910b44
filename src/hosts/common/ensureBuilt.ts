/**
 * Builds the app with electron-vite when it is missing, when its sources changed since the last
 * build (`npm start`), or when asked to. What a build was made from is kept beside it (by
 * electron.vite.config.ts) as a fingerprint of the source files' names, sizes and modification
 * times.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT, RENDERER_DIR } from './appPaths';

/** Build when there is no build, when the sources changed since it, or every time. */
export type BuildWhen = 'missing' | 'stale' | 'always';

const SOURCE_DIRS = ['src', 'electron'];
const SOURCE_FILES = [
  'electron.vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
/** The fingerprint of the sources a build was made from, beside it in `out/` (written by the build). */
export const BUILD_STAMP = '.built-from';

/** What a build is made from: every source file but tests, by name, size and modification time. */
export function sourceFingerprint(root: string): string {
  const lines: string[] = [];
  const add = (file: string) => {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile()) lines.push(`${relative(root, file)}\0${stat.size}\0${stat.mtimeMs}`);
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!/\.test\.tsx?$/.test(entry.name)) add(path);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(root, dir))) walk(join(root, dir));
  for (const file of SOURCE_FILES) add(join(root, file));
  lines.sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Whether the build in `outDir` was made from the sources as they are now. */
export function buildIsCurrent(root: string, outDir: string): boolean {
  const stamp = join(outDir, BUILD_STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceFingerprint(root);
}

export function ensureBuilt(when: BuildWhen | boolean = 'missing'): void {
  const mode: BuildWhen = when === true ? 'always' : when === false ? 'missing' : when;
  const built = existsSync(join(RENDERER_DIR, 'index.html'));
  if (mode === 'missing' && built) return;
  const outDir = join(REPO_ROOT, 'out');
  if (mode === 'stale' && built && buildIsCurrent(REPO_ROOT, outDir)) return;
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
