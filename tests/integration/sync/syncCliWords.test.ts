/**
 * `outpost sync --lang zh-CN` says why it failed in Chinese, from the failure's code, and keeps
 * the raw system message on a "详情" line for support. The port was open a moment ago, then
 * closed: the connection is refused, as when the team server is stopped.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testWorkspace';
import { outpost } from '../cliProcess';

let cleanup = () => {};
afterEach(() => cleanup());

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('sync CLI words', () => {
  it('says a refused connection in Chinese and in English, with the detail', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const port = await closedPort();
    const args = ['--db', join(tmp.dir, 'a.db'), 'sync', '--server', `http://127.0.0.1:${port}`];
    const env = { OUTPOST_SYNC_TOKEN: 'opd_unused' };
    const zh = await outpost([...args, '--lang', 'zh-CN'], env);
    expect(zh.code).toBe(1);
    expect(zh.err).toContain(`同步失败：同步服务器 127.0.0.1:${port} 拒绝了连接`);
    expect(zh.err).toMatch(/详情：.*ECONNREFUSED/);
    const en = await outpost([...args, '--lang', 'en'], env);
    expect(en.code).toBe(1);
    expect(en.err).toContain(`sync failed: The sync server at 127.0.0.1:${port} refused`);
    expect(en.err).toMatch(/Details: .*ECONNREFUSED/);
  }, 60_000);
});
