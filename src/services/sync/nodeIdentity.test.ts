import { copyFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/integration/testWorkspace';
import { listConflicts } from '../../db/sync/conflictRepository';
import { RemoteApplier } from '../../db/sync/remoteApplier';
import { markPushed, pendingChanges } from '../../db/sync/syncLog';
import { createRecord, updateRecord } from '../recordService';
import { openWorkspace, type Workspace } from '../workspace';
import { takeNewNodeId } from './nodeIdentity';

const T0 = Date.parse('2026-11-22T10:00:00Z');
let cleanup = () => {};
afterEach(() => cleanup());

function setup() {
  const tmp = tempDir();
  const open: Workspace[] = [];
  cleanup = () => {
    for (const ws of open) ws.close();
    tmp.cleanup();
  };
  const wall = { ms: T0 };
  const bytes = { fill: 0xaa };
  const openAt = (name: string) => {
    const ws = openWorkspace(join(tmp.dir, name), {
      wallClock: () => wall.ms,
      random: (size) => new Uint8Array(size).fill(bytes.fill),
    });
    open.push(ws);
    return ws;
  };
  return { dir: tmp.dir, wall, bytes, openAt };
}

const logIds = (ws: Workspace) =>
  (
    ws.db.sqlite
      .prepare("SELECT hlc FROM change_log WHERE origin = 'local' ORDER BY hlc")
      .all() as {
      hlc: string;
    }[]
  ).map((r) => r.hlc);

describe('a copied database', () => {
  it('keeps its node id when reopened or moved, and takes a new one when copied', () => {
    const { dir, wall, bytes, openAt } = setup();
    const first = openAt('a.db');
    const node = first.nodeId;
    const account = createRecord(first, 'accounts', { name: 'Acme' });
    markPushed(first.db.sqlite, logIds(first));
    wall.ms += 1000;
    updateRecord(first, 'accounts', account.id, { region: 'EMEA' });
    wall.ms += 1000;
    updateRecord(first, 'accounts', account.id, { region: 'APAC', notes: 'later' });
    const before = logIds(first);
    first.close();

    expect(openAt('a.db').nodeId).toBe(node);
    renameSync(join(dir, 'a.db'), join(dir, 'moved.db'));
    const moved = openAt('moved.db');
    expect([moved.nodeId, moved.openedAsCopy]).toEqual([node, null]);
    moved.close();

    copyFileSync(join(dir, 'moved.db'), join(dir, 'copy.db'));
    bytes.fill = 0xbb;
    const copy = openAt('copy.db');
    expect(copy.nodeId).toBe('bbbbbbbbbbbbbbbb');
    expect(copy.openedAsCopy).toMatchObject({ reason: 'copied', previous: node, restamped: 2 });
    // Acknowledged changes keep their ids; pending ones move to the new node, in order.
    const after = logIds(copy);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after.slice(2)).toEqual(before.slice(2).map((id) => id.slice(0, -16) + copy.nodeId));
    // Bases follow: the second edit overwrote the first, by its new id.
    const [firstEdit, secondEdit] = pendingChanges(copy.db.sqlite, 10);
    expect(secondEdit!.base).toMatchObject({ region: firstEdit!.id });
    expect(before.slice(0, 2)).toContain(firstEdit!.base!.region);
    // Its next writes are the new node's; the copy is not taken for a copy again.
    expect(updateRecord(copy, 'accounts', account.id, { region: 'LATAM' })).toBeTruthy();
    expect(logIds(copy).at(-1)!.endsWith(copy.nodeId)).toBe(true);
    copy.close();
    expect(openAt('copy.db').openedAsCopy).toBeNull();
    expect(openAt('moved.db').nodeId).toBe(node);
  });

  it('keeps each field the LWW winner of its log when a new id changes a tie', () => {
    const { wall, bytes, openAt } = setup();
    const ws = openAt('a.db');
    const account = createRecord(ws, 'accounts', { name: 'Acme' });
    wall.ms += 1000;
    updateRecord(ws, 'accounts', account.id, { region: 'mine' });
    const [mine] = pendingChanges(ws.db.sqlite, 10).slice(-1);
    // Another node's change with the same moment and counter: 'bbbb…' > 'aaaa…', so it wins.
    const theirs = mine!.id.slice(0, -16) + 'bbbbbbbbbbbbbbbb';
    new RemoteApplier(ws.db.sqlite, ws.clock, ws.nowIso).apply(
      [{ id: theirs, table: 'accounts', rowId: account.id, data: { region: 'theirs' } }],
      'remote',
    );
    const region = () =>
      (
        ws.db.sqlite.prepare('SELECT region FROM accounts WHERE id = ?').get(account.id) as {
          region: string;
        }
      ).region;
    expect(region()).toBe('theirs');
    expect(listConflicts(ws.db.sqlite, {}).map((c) => c.localHlc)).toEqual([mine!.id]);

    // The new node 'cccc…' sorts after theirs: now mine wins, and the row says so.
    bytes.fill = 0xcc;
    const change = takeNewNodeId(ws, 'taken', ws.random);
    expect(change).toMatchObject({ node: 'cccccccccccccccc', restamped: 3 });
    expect(region()).toBe('mine');
    // The kept conflict follows the re-stamped change.
    expect(listConflicts(ws.db.sqlite, {}).map((c) => c.localHlc)).toEqual([
      mine!.id.slice(0, -16) + 'cccccccccccccccc',
    ]);
    expect(ws.clock.now() > theirs).toBe(true);
  });
});
