/**
 * The client side of quarantine on a real SQLite file: what an older server's snapshot or log
 * holds that fails validation is kept aside, never applied, counted toward the checksum exactly
 * as the server counts it (a snapshot's copy through the snapshot's base, the log's by id and content, once),
 * and a database an older version already let a poisoned id into still opens and writes.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checksumOf } from '../../../src/core/sync/changeChecksum';
import { RemoteApplier, type IncomingChange } from '../../../src/db/sync/remoteApplier';
import {
  countQuarantined,
  listQuarantined,
  quarantineChange,
} from '../../../src/db/sync/quarantineRepository';
import { replicaChecksum, resetChecksum } from '../../../src/db/sync/syncLog';
import { findRecord } from '../../../src/db/repositories/recordRepository';
import { createRecord, updateRecord } from '../../../src/services/recordService';
import { snapshotChanges } from '../../../src/services/sync/snapshotChanges';
import { openWorkspace } from '../../../src/services/workspace';
import { tempDir } from '../testWorkspace';

const NODE = 'ba5eba11deadbeef';
const ROW = '0190a2b4-0000-7000-8000-000000000001';
const at = (time: string, counter = 0) =>
  `${time}-${counter.toString(16).padStart(4, '0')}-${NODE}`;
const GOOD = at('2026-11-20T10:00:00.000Z');
const ZZZ = at('2026-11-20T10:00:01.000Z');
const POISONED = at('9999-99-99T99:99:99.999Z');

/** The log's whole changes (as a repair pass brings them after the snapshot). */
const TAIL: IncomingChange[] = [
  { id: GOOD, table: 'accounts', rowId: ROW, data: { name: 'Acme', region: 'EMEA' } },
  { id: ZZZ, table: 'accounts', rowId: ROW, data: { currency: 'ZZZ', region: 'Nowhere' } },
  { id: POISONED, table: 'accounts', rowId: ROW, data: { notes: 'pinned' } },
];

let cleanup = () => {};
afterEach(() => cleanup());

function workspace() {
  const tmp = tempDir();
  const file = join(tmp.dir, 'replica.db');
  const ws = openWorkspace(file, { wallClock: () => Date.parse('2026-11-22T10:00:00Z') });
  cleanup = () => {
    ws.close();
    tmp.cleanup();
  };
  return { ws, file, tmp };
}

describe('quarantine on the client', () => {
  it('keeps an older snapshot’s invalid fields aside and counts each change once', () => {
    const { ws } = workspace();
    const db = ws.db.sqlite;
    const applier = new RemoteApplier(db, ws.clock, ws.nowIso);
    // Whatever the server's checksum of the snapshot is, the snapshot's entries count through it.
    const base = checksumOf(TAIL);
    resetChecksum(db, base);
    const report = applier.apply(
      snapshotChanges([
        {
          table: 'accounts',
          rowId: ROW,
          fields: {
            name: ['Acme', GOOD],
            region: ['EMEA', GOOD],
            currency: ['ZZZ', ZZZ],
            notes: ['pinned', POISONED],
          },
        },
      ]),
      'snapshot',
    );
    expect(report).toMatchObject({ quarantined: 2, fieldsWritten: 2 });
    expect(findRecord(db, 'accounts', ROW)).toMatchObject({ name: 'Acme', notes: '' });
    expect(
      listQuarantined(db)
        .map((q) => [q.id, q.origin, q.problems[0]?.code])
        .sort(),
    ).toEqual(
      [
        [POISONED, 'snapshot', 'invalidChangeId'],
        [ZZZ, 'snapshot', 'invalidChoice'],
      ].sort(),
    );
    // The snapshot's base already counts every change in it.
    expect(replicaChecksum(db)).toBe(base);

    // The log brings the whole changes again (a repair pass): each counts once, with its content.
    resetChecksum(db, checksumOf([]));
    for (let round = 0; round < 2; round++) applier.apply(TAIL, 'remote');
    expect(replicaChecksum(db)).toBe(checksumOf(TAIL));
    expect(countQuarantined(db)).toBe(2);
    expect(listQuarantined(db).every((q) => q.origin === 'remote')).toBe(true);
    // The whole refused change was held back, its valid field too: nothing of it applied.
    expect(findRecord(db, 'accounts', ROW)?.region).toBe('EMEA');
  });

  it('keeps only the start of a huge value', () => {
    const { ws } = workspace();
    const applier = new RemoteApplier(ws.db.sqlite, ws.clock, ws.nowIso);
    applier.apply(
      [{ id: GOOD, table: 'touchpoints', rowId: ROW, data: { notes: 'x'.repeat(1_000_000) } }],
      'remote',
    );
    const [kept] = listQuarantined(ws.db.sqlite);
    expect(kept?.problems[0]).toMatchObject({ column: 'notes', code: 'tooLong' });
    expect(String(kept?.data.notes).length).toBeLessThan(5000);
    expect(String(kept?.data.notes)).toContain('(1000000 characters)');
  });

  it('applies after an update what an older version held back and this one can take', () => {
    const { ws } = workspace();
    const db = ws.db.sqlite;
    const applier = new RemoteApplier(db, ws.clock, ws.nowIso);
    // Held back by an older version of the app (say, for a field it did not know yet).
    const hold = (id: string, data: Record<string, string>) =>
      quarantineChange(
        db,
        { id, table: 'accounts', rowId: ROW, data },
        'remote',
        [],
        '2026-11-21T10:00:00.000Z',
      );
    hold(GOOD, { name: 'Acme', region: 'EMEA' });
    hold(ZZZ, { currency: 'ZZZ' });
    hold(at('2026-11-20T10:00:02.000Z'), { notes: 'x'.repeat(200_001) });
    const before = replicaChecksum(db);
    const released = applier.releaseQuarantined();
    expect(released).toMatchObject({ received: 1, fieldsWritten: 2 });
    expect(findRecord(db, 'accounts', ROW)).toMatchObject({
      name: 'Acme',
      region: 'EMEA',
      notes: '',
    });
    // Still invalid, or kept cut short: still held back. The checksum counts each once still:
    // the released one now through the log.
    expect(
      listQuarantined(db)
        .map((q) => q.id)
        .sort(),
    ).toEqual([ZZZ, at('2026-11-20T10:00:02.000Z')].sort());
    expect(replicaChecksum(db)).toBe(before);
    expect(applier.releaseQuarantined().received).toBe(0);
  });

  it('opens and writes a database whose log an older version let a poisoned id into', () => {
    const { ws, file } = workspace();
    const account = createRecord(ws, 'accounts', { name: 'Acme' });
    // What an older version did with a pulled poisoned change: logged and applied it.
    ws.db.sqlite
      .prepare(
        "INSERT INTO change_log (hlc, tbl, row_id, data, origin, pushed) VALUES (?, 'accounts', ?, ?, 'remote', 0)",
      )
      .run(POISONED, account.id, JSON.stringify({ region: 'Pinned' }));
    ws.close();
    const reopened = openWorkspace(file, { wallClock: () => Date.parse('2026-11-22T11:00:00Z') });
    cleanup = () => reopened.close();
    const updated = updateRecord(reopened, 'accounts', account.id, { industry: 'Retail' });
    expect(updated.industry).toBe('Retail');
    expect(reopened.clock.latest().startsWith('2026-11-22T11:00:00.000Z')).toBe(true);
  });
});
