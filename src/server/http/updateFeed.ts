/**
 * `server --updates DIR`: the team's server hosts the desktop app's releases for electron-updater's
 * generic provider — `latest.yml` (and `-mac`, `-linux`), the installers and their blockmaps — as
 * plain files, read-only. Release files are not secret: no token is asked. Only names without a
 * path (no `/`, no leading dot) of regular files inside DIR are served, symbolic links that lead
 * out of it are not followed, and one byte range per request is honoured (206).
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Env, Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.json': 'application/json',
  '.zip': 'application/zip',
  '.dmg': 'application/x-apple-diskimage',
  '.exe': 'application/vnd.microsoft.portable-executable',
  '.appimage': 'application/octet-stream',
  '.deb': 'application/vnd.debian.binary-package',
  '.blockmap': 'application/octet-stream',
};

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._ +-]*$/;

/** The file DIR holds under that name, or null: never anything outside DIR. */
export function releaseFile(dir: string, name: string): { path: string; size: number } | null {
  if (!SAFE_NAME.test(name) || name.includes('..')) return null;
  try {
    const root = realpathSync(dir);
    const path = realpathSync(join(root, name));
    if (!path.startsWith(root + sep)) return null;
    const stat = statSync(path);
    return stat.isFile() ? { path, size: stat.size } : null;
  } catch {
    return null;
  }
}

/**
 * One `bytes=a-b` range within the file; null for none or several (the whole file is served);
 * 'unsatisfiable' for one that starts past the end.
 */
export function byteRange(
  header: string | undefined,
  size: number,
): [number, number] | null | 'unsatisfiable' {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    if (start >= size) return 'unsatisfiable';
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start <= end && start < size ? [start, end] : null;
}

export function registerUpdateFeed<E extends Env>(app: Hono<E>, dir: string): void {
  app.on(['GET', 'HEAD'], '/updates/:file', (c) => {
    const file = releaseFile(dir, c.req.param('file'));
    if (!file)
      return c.json({ error: { code: 'not_found', message: 'No such release file' } }, 404);
    const type = TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
    const range = byteRange(c.req.header('range'), file.size);
    if (range === 'unsatisfiable')
      return c.body(null, 416, { 'content-range': `bytes */${file.size}` });
    const [start, end] = range ?? [0, file.size - 1];
    const headers: Record<string, string> = {
      'content-type': type,
      'content-length': String(file.size === 0 ? 0 : end - start + 1),
      'accept-ranges': 'bytes',
      // The feed must be read anew; an installer never changes under its name.
      'cache-control': type.startsWith('text/yaml') ? 'no-cache' : 'public, max-age=86400',
    };
    if (range) headers['content-range'] = `bytes ${start}-${end}/${file.size}`;
    const status = range ? 206 : 200;
    if (c.req.method === 'HEAD' || file.size === 0) return c.body(null, status, headers);
    const stream = Readable.toWeb(createReadStream(file.path, { start, end })) as ReadableStream;
    return c.body(stream, status, headers);
  });
}
