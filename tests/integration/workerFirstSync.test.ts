/**
 * A new device's first sync run by the workspace worker, as the desktop app and the web host run
 * it: the host can tell how many of the team's rows have arrived of how many (the server says the
 * total on the snapshot's first page), while the worker downloads them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyncSettings } from '../../src/db/sync/syncSettings';
import { SOURCE_ENTRY, WorkspaceWorker } from '../../src/hosts/worker/workspaceWorker';
import { addTeam, addUser } from '../../src/server/admin/serverAdmin';
import { startSyncServer } from '../../src/server/startSyncServer';
import { loadDemo } from '../../src/services/demo/demoService';
import { httpSyncTransport } from '../../src/services/sync/httpSyncTransport';
import { runSyncRound } from '../../src/services/sync/syncRound';
import { openWorkspace } from '../../src/services/workspace';
import type { Result } from '../../src/shared/api/result';
import type { TaskProgressView } from '../../src/shared/api/taskViews';
import pino from 'pino';

const dir = mkdtempSync(join(tmpdir(), 'outpost-first-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a new device's first sync in the workspace worker", () => {
  it('says how many rows have arrived of how many, and cannot be cancelled half-way', async () => {
    const server = await startSyncServer({
      dataDir: join(dir, 'server'),
      port: 0,
      logger: pino({ enabled: false }),
    });
    const now = new Date().toISOString();
    await addTeam(server.store, 'team', now);
    const maker = await addUser(server.store, 'team', 'Ann', now);
    const newcomer = await addUser(server.store, 'team', 'Bob', now);
    const a = openWorkspace(join(dir, 'a.db'));
    loadDemo(a, { accounts: 60, seed: 2, today: a.today() });
    writeSyncSettings(a.db.sqlite, { serverUrl: server.url, token: maker });
    const pushed = await runSyncRound(
      a,
      httpSyncTransport({ serverUrl: server.url, token: maker }),
    );
    expect(pushed.inSync).toBe(true);
    a.close();

    const worker = await WorkspaceWorker.start({ entry: SOURCE_ENTRY, dbFile: join(dir, 'b.db') });
    const configuring = worker.call('sync:configure', { serverUrl: server.url, token: newcomer });
    const seen: TaskProgressView[] = [];
    let finished = false;
    void configuring.then(() => (finished = true));
    while (!finished) {
      const now = (await worker.call('tasks:progress', {})) as Result<{
        tasks: TaskProgressView[];
      }>;
      if (now.ok) seen.push(...now.data.tasks.filter((t) => t.method === 'sync:configure'));
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await configuring).toMatchObject({ ok: true, data: { state: 'up_to_date' } });
    const counted = seen.filter((t) => t.total > 0);
    expect(counted.length).toBeGreaterThan(0);
    const total = counted[0]!.total;
    // Every row of the team: what the new device now holds came in those pages.
    const info = (await worker.call('app:info', {})) as Result<{ accountCount: number }>;
    expect(info).toMatchObject({ ok: true, data: { accountCount: 60 } });
    expect(total).toBeGreaterThan(2000); // more than one page
    for (const t of counted) {
      expect(t.total).toBe(total);
      expect(t.done).toBeLessThanOrEqual(total);
      expect(t.cancellable).toBe(false);
    }
    const id = seen[0]!.id;
    expect(await worker.call('tasks:cancel', { id })).toEqual({
      ok: true,
      data: { cancelled: false },
    });
    await worker.stop();
    await server.close();
  }, 180_000);
});
