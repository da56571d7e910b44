/**
 * The local web host (DESIGN.md §9): the built renderer and the API over HTTP on 127.0.0.1,
 * for the end-to-end tests and wherever Electron cannot run. The API needs the per-launch secret
 * (in the printed URL); requests with a foreign Host header are refused (DNS rebinding).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiHandlers } from '../../services/apiHandlers';
import { dispatch } from '../../services/dispatch';
import type { Result } from '../../shared/api/result';
import { CONTENT_SECURITY_POLICY } from '../common/contentSecurityPolicy';

export const SECRET_HEADER = 'x-outpost-secret';
const MAX_BODY_BYTES = 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
};

export interface WebHostOptions {
  /** Where API calls go: the workspace worker's `call`, or handlers run right here (tools, tests). */
  api?: (method: string, input: unknown) => Promise<Result<unknown>>;
  handlers?: ApiHandlers;
  rendererDir: string;
  port?: number;
  secret?: string;
}

export interface WebHost {
  server: Server;
  port: number;
  secret: string;
  /** The address a browser opens: carries the secret, which the page keeps for the session. */
  url: string;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function secretMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function serveStatic(rendererDir: string, pathname: string, res: ServerResponse): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, 'Malformed path');
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(rendererDir, relative);
  if (!file.startsWith(rendererDir + sep) && file !== rendererDir)
    return send(res, 404, 'Not found');
  const missing = !existsSync(file) || statSync(file).isDirectory();
  // A missing file with an extension is a missing asset; any other path is a page of the app.
  if (missing && extname(file) !== '') return send(res, 404, 'Not found');
  if (missing) file = join(rendererDir, 'index.html');
  const headers: Record<string, string> = {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'cache-control': file.endsWith('index.html')
      ? 'no-store'
      : 'public, max-age=31536000, immutable',
  };
  if (file.endsWith('.html')) {
    headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    headers['x-frame-options'] = 'DENY';
    headers['referrer-policy'] = 'no-referrer';
  }
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new Error(
      `The built app is missing (${options.rendererDir}/index.html). Run "npm run build" first.`,
    );
  }
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer((req, res) => {
    void (async () => {
      if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 403, 'Forbidden host');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'Use POST');
        const origin = req.headers.origin;
        if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
          return send(res, 403, 'Forbidden origin');
        }
        if (!secretMatches(secret, req.headers[SECRET_HEADER]))
          return send(res, 401, 'Missing or wrong secret');
        const body = await readBody(req);
        if (body === null) return send(res, 413, 'Request body too large');
        let input: unknown;
        try {
          input = body ? JSON.parse(body) : {};
        } catch {
          return send(res, 400, 'Request body is not valid JSON');
        }
        const method = url.pathname.slice('/api/'.length);
        const result = options.api
          ? await options.api(method, input)
          : await dispatch(options.handlers!, method, input);
        return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'Method not allowed');
      serveStatic(options.rendererDir, url.pathname, res);
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `Outpost web host error: ${String(error)}`);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    secret,
    url: `http://127.0.0.1:${port}/?secret=${secret}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections of open browser tabs must not hold the shutdown.
        server.closeIdleConnections();
      }),
  };
}
