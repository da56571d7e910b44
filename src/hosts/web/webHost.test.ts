import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../services/apiHandlers';
import { tempWorkspace } from '../../../tests/integration/testWorkspace';
import { startWebHost, type WebHost } from './webHost';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function host(): Promise<WebHost> {
  const ws = tempWorkspace();
  const rendererDir = join(ws.file, '..', 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Outpost</title>');
  const web = await startWebHost({ handlers: createApiHandlers(ws), rendererDir });
  cleanups.push(ws.cleanup, () => web.close());
  return web;
}

/** A raw request, so the Host header can be set to anything. */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: options.method ?? 'GET',
          headers: options.headers,
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

describe('local web host', () => {
  it('prints a URL on 127.0.0.1 that carries the secret', async () => {
    const web = await host();
    expect(web.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${web.port}/\\?secret=[\\w-]{20,}$`),
    );
    expect(web.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves the API only with the secret, and answers with results', async () => {
    const web = await host();
    const api = (secret: string, body: unknown, path = '/api/records:create') =>
      send(web.port, path, {
        method: 'POST',
        headers: {
          host: `127.0.0.1:${web.port}`,
          'x-outpost-secret': secret,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      });
    expect((await api('wrong', {})).status).toBe(401);
    const created = await api(web.secret, { type: 'accounts', fields: { name: 'Acme' } });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({
      ok: true,
      data: { name: 'Acme', deleted: false },
    });
    const invalid = JSON.parse(
      (await api(web.secret, { type: 'accounts', fields: { name: '' } })).body,
    );
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'fields.name', code: 'required' }] },
    });
    const unknown = JSON.parse((await api(web.secret, {}, '/api/nope')).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const bad = await send(web.port, '/api/app:info', {
      method: 'POST',
      headers: { host: `127.0.0.1:${web.port}`, 'x-outpost-secret': web.secret },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    const huge = await send(web.port, '/api/app:info', {
      method: 'POST',
      headers: { host: `127.0.0.1:${web.port}`, 'x-outpost-secret': web.secret },
      body: 'x'.repeat(1024 * 1024 + 10),
    });
    expect(huge.status).toBe(413);
  });

  it('refuses a foreign Host header or Origin (DNS rebinding, cross-site requests)', async () => {
    const web = await host();
    expect((await send(web.port, '/', { headers: { host: 'evil.example:80' } })).status).toBe(403);
    const crossSite = await send(web.port, '/api/app:info', {
      method: 'POST',
      headers: {
        host: `localhost:${web.port}`,
        origin: 'http://evil.example',
        'x-outpost-secret': web.secret,
      },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
  });

  it('serves the app with its Content Security Policy and never files outside it', async () => {
    const web = await host();
    const page = await send(web.port, '/', { headers: { host: `127.0.0.1:${web.port}` } });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(page.headers['content-security-policy'])).not.toContain('unsafe-eval');
    const escape = await send(web.port, '/../../../etc/passwd', {
      headers: { host: `127.0.0.1:${web.port}` },
    });
    expect(escape.body).not.toContain('root:');
    const malformed = await send(web.port, '/%E0%A4%A', {
      headers: { host: `127.0.0.1:${web.port}` },
    });
    expect(malformed.status).toBe(400);
    const missingAsset = await send(web.port, '/assets/nope.js', {
      headers: { host: `127.0.0.1:${web.port}` },
    });
    expect(missingAsset.status).toBe(404);
  });
});
