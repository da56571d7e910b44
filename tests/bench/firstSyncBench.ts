/**
 * First sync of a portfolio to a new device: the generating device pushes everything to a real
 * server over loopback, then an empty device downloads the snapshot and the log tail. The
 * baseline is copying the portfolio's database file, the cheapest possible way to a replica.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { addTeam, addUser } from '../../src/server/admin/serverAdmin';
import { httpSyncTransport } from '../../src/services/sync/httpSyncTransport';
import { runSyncRound } from '../../src/services/sync/syncRound';
import { writeSyncSettings } from '../../src/db/sync/syncSettings';
import { openWorkspace, type Workspace } from '../../src/services/workspace';
import { timed, timedAsync, type Figure, ms } from './benchUtil';
import { withServer } from './syncServerBench';

export async function benchFirstSync(portfolio: Workspace, dir: string): Promise<Figure[]> {
  return withServer(dir, 'first-sync-server', async (server) => {
    const now = new Date().toISOString();
    await addTeam(server.store, 'bench', now);
    const upload = httpSyncTransport({
      serverUrl: server.url,
      token: await addUser(server.store, 'bench', 'maker', now),
    });
    const download = httpSyncTransport({
      serverUrl: server.url,
      token: await addUser(server.store, 'bench', 'newcomer', now),
    });
    // A new server for this portfolio: everything in it is offered again, as after a
    // change of server in Settings.
    writeSyncSettings(portfolio.db.sqlite, { serverUrl: server.url, token: 'bench' });
    const pushed = await timedAsync(() => runSyncRound(portfolio, upload, { pushBatch: 2000 }));
    const fresh = openWorkspace(join(dir, 'first-sync-device.db'));
    const first = await timedAsync(() => runSyncRound(fresh, download, { pageSize: 5000 }));
    fresh.close();
    const copy = timed(() => copyFileSync(portfolio.db.file, join(dir, 'first-sync-copy.db')));
    const rows = first.value.snapshotRows;
    if (!first.value.inSync) throw new Error('the new device is not in sync after its first round');
    return [
      {
        name: 'upload the portfolio from its device (first push)',
        value: `${ms(pushed.ms)} (${pushed.value.pushed.toLocaleString('en')} changes, ${Math.round(pushed.value.pushed / (pushed.ms / 1000)).toLocaleString('en')}/s)`,
        baseline: `file copy ${ms(copy.ms)}`,
        ratio: pushed.ms / copy.ms,
        budget: 'reported',
        pass: true,
      },
      {
        name: 'first sync of the portfolio to a new device',
        value: `${ms(first.ms)} (${rows.toLocaleString('en')} rows, ${Math.round(rows / (first.ms / 1000)).toLocaleString('en')} rows/s)`,
        baseline: `file copy ${ms(copy.ms)}`,
        ratio: first.ms / copy.ms,
        budget: 'reported',
        pass: true,
      },
    ];
  });
}
