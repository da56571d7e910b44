/**
 * Automatic daily backups on real files: one a day, encrypted like the database, rotated to 7
 * days and 4 weeks over a month of mornings, and listed with the other backups Outpost keeps.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates';
import { dailyBackup, listBackups } from '../../../src/services/backup/dailyBackup';
import { createRecord } from '../../../src/services/recordService';
import { inspectBackup } from '../../../src/services/backup/backupService';
import { loadDemo } from '../../../src/services/demo/demoService';
import { startDailyBackup } from '../../../src/hosts/worker/dailyBackupThread';
import { openWorkspace } from '../../../src/services/workspace';
import { tempDir } from '../testWorkspace';

let cleanup = () => {};
afterEach(() => cleanup());

describe('daily backups', () => {
  it('takes one a day and keeps 7 days and the newest of 4 weeks', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'book.db');
    const key = randomBytes(32);
    let day = '2026-11-08';
    const ws = openWorkspace(file, { key, wallClock: () => Date.parse(`${day}T12:00:00`) });
    createRecord(ws, 'accounts', { name: 'Ingleby Tidewater Partners' });
    for (let i = 0; i < 30; i++) {
      day = addDays('2026-11-08', i);
      expect(dailyBackup(ws).made).toMatch(new RegExp(`book\\.db-${day}\\.bak$`));
      // A second look the same day takes none.
      expect(dailyBackup(ws).made).toBeNull();
    }
    ws.close();
    const kept = listBackups(file).filter((b) => b.kind === 'daily');
    expect(kept.map((b) => b.file.slice(-14, -4)).sort()).toEqual([
      '2026-11-22',
      '2026-11-29',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
    ]);
    for (const b of kept) {
      expect(b.bytes).toBeGreaterThan(0);
      expect(readFileSync(b.file).includes(Buffer.from('Ingleby Tidewater'))).toBe(false);
    }
  });

  it("writes the day's backup on a thread of its own while the workspace goes on writing", async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'busy.db');
    const key = randomBytes(32);
    const ws = openWorkspace(file, { key });
    try {
      loadDemo(ws, { accounts: 150, seed: 3, today: ws.today() });
      const running = startDailyBackup(ws);
      // This thread is free: it writes while the backup thread copies.
      let written = 0;
      let settled = false;
      void running.done.finally(() => (settled = true));
      while (!settled) {
        createRecord(ws, 'accounts', { name: `Written During Backup ${written++}` });
        await new Promise((resolve) => setImmediate(resolve));
      }
      const { made } = await running.done;
      expect(written).toBeGreaterThan(1);
      expect(made).toMatch(/busy\.db-\d{4}-\d{2}-\d{2}\.bak$/);
      // Whole, checked, and locked with the database's key.
      const info = inspectBackup(made!, [{ kind: 'databaseKey', key }]);
      expect(info.protection).toBe('databaseKey');
      expect(info.device).toBe(ws.nodeId);
      expect(existsSync(`${made}.partial`)).toBe(false);
      // Taken already today: no second thread.
      expect((await startDailyBackup(ws).done).made).toBeNull();
    } finally {
      ws.close();
    }
  }, 60_000);

  it('stopping the backup thread leaves no partial file and no backup', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'stopped.db');
    const ws = openWorkspace(file, { key: randomBytes(32) });
    try {
      loadDemo(ws, { accounts: 100, seed: 4, today: ws.today() });
      const running = startDailyBackup(ws);
      await running.stop();
      expect((await running.done).made).toBeNull();
      const folder = `${file}.backups`;
      expect(readdirSync(folder).filter((n) => n.endsWith('.partial'))).toEqual([]);
    } finally {
      ws.close();
    }
  }, 60_000);
});
