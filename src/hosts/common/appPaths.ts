/** Where the repository's built pieces live, seen from the sources (tsx) of the Node hosts. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const RENDERER_DIR = resolve(REPO_ROOT, 'out', 'renderer');
