/**
 * `outpost server --updates DIR` hosts the desktop app's releases for electron-updater's generic
 * provider: the feed and the installers as they are, read-only, one byte range honoured, and
 * nothing outside DIR — not by `..`, not by a hidden name, not by a link that leads out.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outpost } from '../cliProcess';
import { startServerProcess, type ServerProcess } from './serverProcess';

const dir = mkdtempSync(join(tmpdir(), 'outpost-updates-'));
const releases = join(dir, 'releases');
const feed = 'version: 1.2.0\nfiles:\n  - url: Outpost-1.2.0.AppImage\n    sha512: abc\n';
const installer = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
let server: ServerProcess;

beforeAll(async () => {
  mkdirSync(releases);
  writeFileSync(join(releases, 'latest-linux.yml'), feed);
  writeFileSync(join(releases, 'Outpost-1.2.0.AppImage'), installer);
  writeFileSync(join(releases, '.env'), 'SECRET=1');
  writeFileSync(join(dir, 'outside.txt'), 'not a release');
  symlinkSync(join(dir, 'outside.txt'), join(releases, 'escape.yml'));
  mkdirSync(join(releases, 'old'));
  server = await startServerProcess({ dataDir: join(dir, 'data') }, ['--updates', releases]);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

describe('the update feed', () => {
  it('serves the feed and the installer as they are, without a token', async () => {
    const yml = await get('/updates/latest-linux.yml');
    expect(yml.status).toBe(200);
    expect(yml.headers.get('content-type')).toContain('yaml');
    expect(yml.headers.get('cache-control')).toBe('no-cache');
    expect(await yml.text()).toBe(feed);
    const file = await get('/updates/Outpost-1.2.0.AppImage');
    expect(Buffer.from(await file.arrayBuffer()).equals(installer)).toBe(true);
    const head = await get('/updates/Outpost-1.2.0.AppImage', { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('1000');
    expect(head.headers.get('accept-ranges')).toBe('bytes');
  });

  it('honours one byte range, as downloads resume', async () => {
    const part = await get('/updates/Outpost-1.2.0.AppImage', {
      headers: { range: 'bytes=100-199' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(Buffer.from(await part.arrayBuffer()).equals(installer.subarray(100, 200))).toBe(true);
    const past = await get('/updates/Outpost-1.2.0.AppImage', {
      headers: { range: 'bytes=2000-3000' },
    });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */1000');
    const tail = await get('/updates/Outpost-1.2.0.AppImage', { headers: { range: 'bytes=-10' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(installer.subarray(990))).toBe(true);
  });

  it('serves nothing outside the folder and nothing hidden, and takes no writes', async () => {
    for (const path of [
      '/updates/..%2Foutside.txt',
      '/updates/%2E%2E%2Foutside.txt',
      '/updates/.env',
      '/updates/escape.yml',
      '/updates/old',
      '/updates/missing.yml',
    ])
      expect((await get(path)).status, path).toBe(404);
    const put = await get('/updates/latest-linux.yml', { method: 'PUT', body: 'version: 9' });
    expect(put.status).toBeGreaterThanOrEqual(400);
    expect(await (await get('/updates/latest-linux.yml')).text()).toBe(feed);
  });

  it('is off unless the server was started with --updates, and a wrong folder is refused', async () => {
    const plain = await startServerProcess({ dataDir: join(dir, 'plain') });
    try {
      expect((await fetch(`${plain.url}/updates/latest-linux.yml`)).status).toBe(404);
    } finally {
      await plain.stop();
    }
    const wrong = await outpost([
      'server',
      '--data',
      join(dir, 'w'),
      '--updates',
      join(dir, 'nope'),
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(`--updates ${join(dir, 'nope')} is not a folder`);
  }, 120_000);
});
