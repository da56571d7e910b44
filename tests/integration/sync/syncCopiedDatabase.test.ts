/**
 * A replica's database copied to a second laptop (restored backup, cloned disk) keeps syncing
 * with the same token while both are edited at the same moments — so, with one node id, every
 * edit of one side would carry the id of the other side's edit. On both server stores:
 *  - a file copy is caught when it is opened (its file is not the one the node id was taken in);
 *  - a block-level clone (which keeps even the inode) is caught by the server: 409
 *    change_conflict for a reused id, or node_taken for a change older than the node's newest;
 * either way the copy takes a new node id, re-stamps what it had not synced, and in the end no
 * edit is lost, every replica exports the same, and the checksum agrees.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listConflicts } from '../../../src/db/sync/conflictRepository';
import { exportJson } from '../../../src/services/exportService';
import { createRecord, updateRecord } from '../../../src/services/recordService';
import { databaseFileId, lastNodeChange } from '../../../src/services/sync/nodeIdentity';
import { runSyncRound } from '../../../src/services/sync/syncRound';
import { tempDir } from '../testWorkspace';
import { POSTGRES_URL, emptyPostgres, type TestSchema } from './postgresTestUrl';
import {
  addTestUser,
  openReplica,
  startTestServer,
  transportTo,
  type Replica,
  type TestServer,
} from './syncHarness';

type Copy = 'file copy' | 'disk clone' | 'disk clone, later clock';

const accountOf = (r: Replica, id: string) =>
  (JSON.parse(exportJson(r.ws)) as { accounts: Record<string, unknown>[] }).accounts.find(
    (a) => a.id === id,
  );

describe.each([
  { store: 'sqlite', postgres: false },
  { store: 'postgres', postgres: true },
])('a copied database on the $store store', ({ postgres }) => {
  const skip = postgres && !POSTGRES_URL;
  let dir: ReturnType<typeof tempDir>;
  let schema: TestSchema | null = null;
  let server: TestServer;
  const open: Replica[] = [];

  beforeEach(async () => {
    if (skip) return;
    dir = tempDir();
    schema = postgres ? await emptyPostgres() : null;
    server = await startTestServer({
      dir: dir.dir,
      ...(schema ? { postgresUrl: schema.url } : {}),
    });
  });
  afterEach(async () => {
    if (skip) return;
    for (const r of open.splice(0)) r.ws.close();
    await server.close();
    await schema?.drop();
    dir.cleanup();
  });

  /** Ann's laptop with two synced accounts and one unsynced edit, then a copy of its file. */
  async function annAndCopy(kind: Copy) {
    const token = await addTestUser(server, 'emea', 'Ann');
    const ann = openReplica(dir.dir, 'ann', transportTo(server, token));
    const bob = openReplica(
      dir.dir,
      'bob',
      transportTo(server, await addTestUser(server, 'emea', 'Bob')),
    );
    open.push(ann, bob);
    const acme = createRecord(ann.ws, 'accounts', { name: 'Acme', currency: 'EUR' });
    const globex = createRecord(ann.ws, 'accounts', { name: 'Globex', currency: 'USD' });
    await runSyncRound(ann.ws, ann.transport);
    await runSyncRound(bob.ws, bob.transport);
    ann.clock.ms += 1000;
    updateRecord(ann.ws, 'accounts', globex.id, { notes: 'unsynced when copied' });

    ann.ws.close();
    const file = join(dir.dir, 'copy.db');
    copyFileSync(ann.file, file);
    if (kind !== 'file copy') {
      // A block-level clone keeps the inode: the copy's file looks like the original's.
      const db = new Database(file);
      db.prepare("UPDATE meta SET value = ? WHERE key = 'node_file_id'").run(databaseFileId(file));
      db.close();
    }
    ann.reopen();
    const copy = openReplica(dir.dir, 'copy', ann.transport, ann.clock.ms);
    open.push(copy);
    if (kind === 'disk clone, later clock') copy.clock.ms += 500;
    return { ann, copy, bob, acme, globex, originalNode: ann.ws.nodeId };
  }

  /** The same writes at the same moments on both laptops: with one node id, the same HLCs. */
  function editBoth(ann: Replica, copy: Replica, accountId: string, step: number) {
    for (const [r, who] of [
      [ann, 'ann'],
      [copy, 'copy'],
    ] as const) {
      r.clock.ms += 1000;
      updateRecord(r.ws, 'accounts', accountId, { region: `${who} region ${step}` });
      r.clock.ms += 1;
      updateRecord(r.ws, 'accounts', accountId, {
        [who === 'ann' ? 'industry' : 'website']: `${who} ${step}`,
      });
      createRecord(r.ws, 'accounts', { name: `${who} new ${step}`, currency: 'CNY' });
    }
  }

  for (const kind of ['file copy', 'disk clone', 'disk clone, later clock'] as Copy[])
    it.skipIf(skip)(`loses no edit after a ${kind}`, async () => {
      const { ann, copy, bob, acme, globex, originalNode } = await annAndCopy(kind);
      if (kind === 'file copy') {
        expect(copy.ws.openedAsCopy).toMatchObject({ reason: 'copied', restamped: 1 });
        expect(copy.ws.nodeId).not.toBe(originalNode);
      } else expect(copy.ws.nodeId).toBe(originalNode);
      expect(ann.ws.openedAsCopy).toBeNull();

      for (let step = 1; step <= 3; step++) {
        editBoth(ann, copy, acme.id, step);
        for (const r of [ann, copy, bob]) await runSyncRound(r.ws, r.transport);
      }
      const last = await Promise.all([ann, copy, bob].map((r) => runSyncRound(r.ws, r.transport)));
      expect(last.map((r) => r.inSync)).toEqual([true, true, true]);
      expect(new Set([ann, copy, bob].map((r) => r.ws.nodeId)).size).toBe(3);
      const changes = [ann, copy].map((r) => lastNodeChange(r.ws)?.reason ?? null);
      // A clone is caught by the server (or, always newer, by what a repair brings back).
      if (kind === 'file copy') expect(changes).toEqual([null, 'copied']);
      else if (kind === 'disk clone') expect(changes).toEqual([null, 'taken']);
      else expect(changes).toContain('taken');
      expect(exportJson(copy.ws)).toBe(exportJson(ann.ws));
      expect(exportJson(bob.ws)).toBe(exportJson(ann.ws));

      // Every edit arrived: each side's own fields, its new accounts, the unsynced note.
      const final = accountOf(bob, acme.id)!;
      expect(final).toMatchObject({ industry: 'ann 3', website: 'copy 3' });
      expect(accountOf(bob, globex.id)).toMatchObject({ notes: 'unsynced when copied' });
      const names = (JSON.parse(exportJson(bob.ws)) as { accounts: { name: string }[] }).accounts
        .map((a) => a.name)
        .sort();
      for (const who of ['ann', 'copy'])
        for (const step of [1, 2, 3]) expect(names).toContain(`${who} new ${step}`);
      // Both edited the region at once: one value won, the other is kept as a conflict.
      const winner = String(final.region);
      expect(winner).toMatch(/^(ann|copy) region 3$/);
      const loser = winner.startsWith('ann') ? copy : ann;
      const kept = listConflicts(loser.ws.db.sqlite, { includeKnowing: true }).map((c) => [
        c.column,
        JSON.parse(c.localValue),
      ]);
      expect(kept).toContainEqual([
        'region',
        winner.startsWith('ann') ? 'copy region 3' : 'ann region 3',
      ]);
      // The server holds each change any replica made, once.
      const made = new Set(
        [ann, copy, bob].flatMap((r) =>
          (
            r.ws.db.sqlite.prepare("SELECT hlc FROM change_log WHERE origin = 'local'").all() as {
              hlc: string;
            }[]
          ).map((e) => e.hlc),
        ),
      );
      expect((await server.store.stats()).changes).toBe(made.size);
    });
});
