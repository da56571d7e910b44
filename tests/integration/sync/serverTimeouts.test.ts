/**
 * A server process does not let a client hold a connection: a Content-Length that never arrives,
 * headers sent a line at a time, an idle keep-alive connection — each is closed within its
 * timeout (here set short with the server's flags), while an honest request is served.
 */
import { spawnSync } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServerProcess, type RunningSyncServer } from '../../e2e/syncServerProcess';
import { addStoreUsers } from './storeUsers';

let server: RunningSyncServer;
let token = '';
let host = '';
let port = 0;

beforeAll(async () => {
  server = await startSyncServerProcess({
    args: ['--headers-timeout', '1', '--request-timeout', '2', '--keep-alive-timeout', '1'],
  });
  [token = ''] = await addStoreUsers({ dataDir: server.dataDir }, 'emea', 'Ann');
  const url = new URL(server.url);
  host = url.hostname;
  port = Number(url.port);
}, 90_000);

afterAll(async () => {
  await server?.stop();
});

/** Opens a raw connection; resolves with what the server sent and when it closed, from `start`. */
function open(): Promise<{ socket: Socket; closed: Promise<{ ms: number; received: string }> }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port }, () => {
      const start = performance.now();
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (received += chunk));
      const closed = new Promise<{ ms: number; received: string }>((done) =>
        socket.once('close', () => done({ ms: performance.now() - start, received })),
      );
      resolve({ socket, closed });
    });
    socket.once('error', reject);
  });
}

describe('server timeouts', () => {
  it('closes a push whose Content-Length never arrives within the request timeout', async () => {
    const { socket, closed } = await open();
    socket.write(
      [
        'POST /v1/push HTTP/1.1',
        `Host: ${host}:${port}`,
        `Authorization: Bearer ${token}`,
        'Content-Type: application/json',
        'Content-Length: 1000000',
        '',
        '{"clientId":"00f46c64b57c4abf","changes":[',
      ].join('\r\n'),
    );
    // A trickle of body bytes does not keep it open either.
    const trickle = setInterval(() => socket.writable && socket.write(' '), 200);
    const { ms, received } = await closed;
    clearInterval(trickle);
    expect(ms).toBeLessThan(2000 + 2500);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose headers come a line at a time within the headers timeout', async () => {
    const { socket, closed } = await open();
    socket.write(`GET /health HTTP/1.1\r\nHost: ${host}:${port}\r\n`);
    let n = 0;
    const drip = setInterval(() => socket.writable && socket.write(`X-Drip-${n++}: 1\r\n`), 100);
    const { ms } = await closed;
    clearInterval(drip);
    expect(ms).toBeLessThan(1000 + 2500);
  });

  it('serves an honest request, then closes the idle keep-alive connection', async () => {
    const { socket, closed } = await open();
    socket.write(`GET /health HTTP/1.1\r\nHost: ${host}:${port}\r\nConnection: keep-alive\r\n\r\n`);
    const { ms, received } = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(received).toContain('"status":"ok"');
    expect(ms).toBeLessThan(1000 + 2500);
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    const run = spawnSync(
      process.execPath,
      [
        ...['--import', 'tsx', 'src/hosts/cli/cliMain.ts', 'server', '--port', '0'],
        ...['--data', server.dataDir, '--headers-timeout', '30', '--request-timeout', '10'],
      ],
      { env: { ...process.env, INIT_CWD: '' }, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '--headers-timeout (30 s) may not be longer than --request-timeout (10 s)',
    );
  });
});
