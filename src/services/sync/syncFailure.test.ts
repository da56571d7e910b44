/**
 * Every way a sync can fail reaches the status as a code with its facts, worded in English and
 * Chinese from the code, with the raw message kept as the detail. Real sockets: a port closed a
 * moment ago, a server that hangs up, one that never answers, and HTTP answers a proxy or our
 * server would give.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_FAILURE_WORDS, syncFailureText } from '../../shared/sync/syncFailureWords';
import { httpSyncTransport } from './httpSyncTransport';
import { describeSyncFailure } from './syncFailure';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => new Promise((done) => s.close(done).closeAllConnections())),
  );
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function failureAt(url: string, timeoutMs = 5_000) {
  const transport = httpSyncTransport({ serverUrl: url, token: 'opd_x', timeoutMs });
  const error = await transport.pull({ since: 0, limit: 10, clientId: 'test', own: '0' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).not.toBeNull();
  return describeSyncFailure(error, url);
}

describe('sync failures', () => {
  it('a closed port: connection refused, in the user’s language, the raw text as detail', async () => {
    const url = await listen(() => {});
    const closing = servers.pop()!;
    await new Promise((done) => closing.close(done));
    const failure = await failureAt(url);
    const server = url.slice('http://'.length);
    expect(failure).toMatchObject({ kind: 'offline', code: 'refused', facts: { server } });
    expect(failure.detail).toContain('ECONNREFUSED');
    const zh = syncFailureText('zh-CN', failure.code as 'refused', failure.facts);
    expect(zh).toBe(
      `同步服务器 ${server} 拒绝了连接：服务器可能没有运行，或地址、端口有误。您的工作已保存在这台电脑上。`,
    );
    expect(syncFailureText('en', 'refused', failure.facts)).toContain(
      `The sync server at ${server} refused the connection`,
    );
  });

  it('a server that hangs up: connection reset', async () => {
    const url = await listen((req) => req.socket.destroy());
    expect(await failureAt(url)).toMatchObject({ kind: 'offline', code: 'reset' });
  });

  it('a server that never answers: timed out', async () => {
    const url = await listen(() => {});
    expect(await failureAt(url, 300)).toMatchObject({ kind: 'offline', code: 'timeout' });
  });

  it('HTTP answers: token refused, rate limited with its wait, server error, not our server', async () => {
    const answer = (status: number, body: string, headers: Record<string, string> = {}) =>
      listen((_req, res) => res.writeHead(status, headers).end(body));
    const ours = (code: string) => JSON.stringify({ error: { code, message: `raw ${code}` } });
    const revoked = await failureAt(await answer(401, ours('unauthorized')));
    expect(revoked).toMatchObject({
      kind: 'error',
      code: 'unauthorized',
      detail: 'raw unauthorized',
    });
    const limited = await failureAt(
      await answer(429, ours('rate_limited'), { 'retry-after': '120' }),
    );
    expect(limited).toMatchObject({ code: 'rate_limited', facts: { retryAfterSeconds: 120 } });
    expect(syncFailureText('zh-CN', 'rate_limited', limited.facts)).toContain(
      '将在2分钟后自动重试',
    );
    expect(syncFailureText('en', 'rate_limited', limited.facts)).toContain(
      'try again in 2 minutes',
    );
    const broken = await failureAt(await answer(502, '<html>Bad gateway</html>'));
    expect(broken).toMatchObject({ code: 'server_error', facts: { status: 502 } });
    expect(syncFailureText('zh-CN', 'server_error', broken.facts)).toContain('（HTTP 502）');
    const page = await failureAt(await answer(200, '<html>Welcome</html>'));
    expect(page).toMatchObject({ code: 'not_a_server', facts: { status: 200 } });
  });

  it('a name that does not resolve: DNS', async () => {
    const failure = await failureAt('https://outpost-sync.invalid');
    expect(failure).toMatchObject({ kind: 'offline', code: 'dns' });
  });

  it('https:// to a server that does not speak TLS: a TLS problem', async () => {
    const url = await listen((req) => req.socket.destroy());
    const tls = await failureAt(url.replace('http://', 'https://'));
    expect(tls).toMatchObject({ kind: 'offline', code: 'tls' });
  });

  it('words every code in both languages, with the server named', () => {
    const facts = { server: 'sync.team.test:8443', status: 503, retryAfterSeconds: 30 };
    for (const lang of ['en', 'zh-CN'] as const)
      for (const word of Object.keys(
        SYNC_FAILURE_WORDS.en,
      ) as (keyof typeof SYNC_FAILURE_WORDS.en)[]) {
        const text = SYNC_FAILURE_WORDS[lang][word];
        expect(text, `${lang} ${word}`).toBeTruthy();
        if (word === 'rate_limitedFor') continue;
        const worded = syncFailureText(lang, word, facts);
        expect(worded).not.toMatch(/\{\w+\}/);
        if (lang === 'zh-CN') expect(worded).toMatch(/[\u4e00-\u9fff]/);
      }
  });
});
