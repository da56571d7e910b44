/**
 * Importing next week's export again, on a replica that syncs with a real server process on
 * 127.0.0.1: rows that changed are updated field by field, the rest counted unchanged, the new
 * one created and nothing duplicated; the change log carries exactly the changed fields; a title
 * a colleague changed on their own device since the last import is kept and listed; and the
 * colleague's replica converges to the same records after the next sync.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRecord } from '../../src/db/repositories/recordRepository';
import { exportJson } from '../../src/services/exportService';
import { fileChunks } from '../../src/services/import/fileChunks';
import { importFile } from '../../src/services/import/importService';
import type { ImportEntity } from '../../src/core/import/importEntities';
import { updateRecord } from '../../src/services/recordService';
import { httpSyncTransport } from '../../src/services/sync/httpSyncTransport';
import { runSyncRound } from '../../src/services/sync/syncRound';
import type { Workspace } from '../../src/services/workspace';
import { fixture } from './importHarness';
import { startServerProcess, type ServerProcess } from './sync/serverProcess';
import { openReplica, type Replica } from './sync/syncHarness';
import { tempDir } from './testWorkspace';

const tmp = tempDir();
let server: ServerProcess;
let ann: Replica;
let bob: Replica;

beforeAll(async () => {
  server = await startServerProcess({ dataDir: tmp.dir });
  const replica = async (name: string) =>
    openReplica(
      tmp.dir,
      name,
      httpSyncTransport({ serverUrl: server.url, token: await server.addUser('emea', name) }),
      Date.now(),
    );
  ann = await replica('ann');
  bob = await replica('bob');
}, 90_000);

afterAll(async () => {
  ann?.ws.close();
  bob?.ws.close();
  await server?.stop();
  tmp.cleanup();
});

function importInto(ws: Workspace, entity: ImportEntity, name: string) {
  const file = fixture(name);
  return importFile(ws, {
    entity,
    fileName: basename(file),
    chunks: () => fileChunks(file),
    size: statSync(file).size,
    lang: 'en',
  });
}

const stakeholderId = (ws: Workspace, externalId: string) =>
  ws.db.sqlite
    .prepare('SELECT id FROM stakeholders WHERE external_id = ?')
    .pluck()
    .get(`salesforce:${externalId}`) as string;

/** Both replicas push and pull until each has the other's changes. */
async function syncBoth(): Promise<void> {
  await runSyncRound(ann.ws, ann.transport);
  await runSyncRound(bob.ws, bob.transport);
  await runSyncRound(ann.ws, ann.transport);
}

describe('re-importing an updated export on a synced replica', () => {
  it('updates only what changed, duplicates nothing, logs only the changed fields and converges', async () => {
    // Week 1: Ann brings the book in; Bob's device gets it by sync.
    expect(importInto(ann.ws, 'accounts', 'salesforce_accounts.csv').counts.create).toBe(3);
    expect(importInto(ann.ws, 'stakeholders', 'salesforce_contacts.csv').counts).toMatchObject({
      create: 3,
      skip: 1,
    });
    await syncBoth();
    expect(exportJson(bob.ws)).toBe(exportJson(ann.ws));

    // On his own device Bob gives Anna Keller the title she has now.
    bob.clock.ms += 1000;
    updateRecord(bob.ws, 'stakeholders', stakeholderId(bob.ws, '0035g00000AbCdG'), {
      title: 'Chief Digital Officer',
    });
    await syncBoth();

    // Week 2: the same accounts, and contacts with one title, one phone and one person new.
    ann.clock.ms += 1000;
    const mark = ann.ws.db.sqlite
      .prepare('SELECT max(hlc) FROM change_log')
      .pluck()
      .get() as string;
    const accounts = importInto(ann.ws, 'accounts', 'salesforce_accounts.csv');
    expect(accounts.counts).toEqual({ rows: 3, create: 0, update: 0, unchanged: 3, skip: 0 });
    const contacts = importInto(ann.ws, 'stakeholders', 'salesforce_contacts_week2.csv');
    expect(contacts.counts).toEqual({ rows: 5, create: 1, update: 2, unchanged: 1, skip: 1 });
    expect(contacts.conflicts).toEqual([
      {
        line: 4,
        column: 'Title',
        field: 'title',
        current: 'Chief Digital Officer',
        incoming: 'Head of Digital',
      },
    ]);
    expect(contacts.issues.map((i) => [i.line, i.problem])).toEqual([[5, 'unknownAccount']]);

    // No duplicates: one record per contact id.
    const db = ann.ws.db.sqlite;
    expect(
      db
        .prepare(
          'SELECT external_id, count(*) AS n FROM stakeholders WHERE deleted = 0 GROUP BY external_id ORDER BY external_id',
        )
        .all(),
    ).toEqual(
      ['0035g00000AbCdE', '0035g00000AbCdF', '0035g00000AbCdG', '0035g00000AbCdJ'].map((id) => ({
        external_id: `salesforce:${id}`,
        n: 1,
      })),
    );

    // The change log has each changed field of each changed row, and nothing else.
    const ids = {
      maria: stakeholderId(ann.ws, '0035g00000AbCdE'),
      tom: stakeholderId(ann.ws, '0035g00000AbCdF'),
      jonas: stakeholderId(ann.ws, '0035g00000AbCdJ'),
    };
    const logged = (
      db
        .prepare('SELECT tbl, row_id, data FROM change_log WHERE hlc > ? ORDER BY hlc')
        .all(mark) as { tbl: string; row_id: string; data: string }[]
    ).map((l) => ({
      tbl: l.tbl,
      row: l.row_id,
      data: JSON.parse(l.data) as Record<string, unknown>,
    }));
    const maria = logged.filter((l) => l.row === ids.maria);
    const tom = logged.filter((l) => l.row === ids.tom);
    expect(maria.map((l) => l.data)).toEqual([
      { title: 'COO', updated_at: expect.any(String) as unknown },
    ]);
    expect(tom.map((l) => l.data)).toEqual([
      { phone: '+1 206 555 0199', updated_at: expect.any(String) as unknown },
    ]);
    const jonas = logged.filter((l) => l.row === ids.jonas);
    expect(jonas).toHaveLength(1);
    expect(jonas[0]?.data).toMatchObject({ name: 'Jonas Weber', title: 'Procurement Lead' });
    expect(logged).toHaveLength(3);
    expect(logged.every((l) => l.tbl === 'stakeholders')).toBe(true);
    // Bob's title stands.
    expect(findRecord(db, 'stakeholders', stakeholderId(ann.ws, '0035g00000AbCdG'))?.title).toBe(
      'Chief Digital Officer',
    );

    // Bob's device converges on the same records.
    await syncBoth();
    expect(exportJson(bob.ws)).toBe(exportJson(ann.ws));
    expect(findRecord(bob.ws.db.sqlite, 'stakeholders', ids.maria)?.title).toBe('COO');
    expect(findRecord(bob.ws.db.sqlite, 'stakeholders', ids.jonas)?.name).toBe('Jonas Weber');

    // The same export once more changes nothing at all.
    const again = importInto(ann.ws, 'stakeholders', 'salesforce_contacts_week2.csv');
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 4, skip: 1 });
  }, 120_000);
});
