import { afterEach, describe, expect, it } from 'vitest';
import { tempWorkspace } from '../../tests/integration/testWorkspace';
import { RemoteApplier } from '../db/sync/remoteApplier';
import { findRecord } from '../db/repositories/recordRepository';
import { createRecord, deleteRecord } from './recordService';
import { saveAuthor } from './profileService';
import {
  deleteImpact,
  listRecentlyDeleted,
  restoreDeleted,
  restoreDeletedById,
} from './recentlyDeletedService';

let cleanup = () => {};
afterEach(() => cleanup());

const DAY = 86_400_000;

function book() {
  let now = Date.parse('2026-11-22T10:00:00Z');
  const ws = tempWorkspace({ wallClock: () => now });
  cleanup = ws.cleanup;
  const account = createRecord(ws, 'accounts', { name: 'Jasper Beverages', currency: 'EUR' });
  const accountId = account.id;
  createRecord(ws, 'contracts', {
    accountId,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    arrMinor: 100_000,
    currency: 'EUR',
  });
  for (const name of ['Ana', 'Ben']) createRecord(ws, 'stakeholders', { accountId, name });
  const note = createRecord(ws, 'touchpoints', {
    accountId,
    date: '2026-11-20',
    kind: 'call',
    summary: 'Pricing call',
  });
  createRecord(ws, 'touchpoints', { accountId, date: '2026-11-21', kind: 'email', summary: 'x' });
  return { ws, accountId, note, tick: (ms: number) => (now += ms) };
}

describe('recently deleted', () => {
  it('says what an account takes with it, lists it with when and who, and brings it all back', () => {
    const { ws, accountId, note, tick } = book();
    saveAuthor(ws, '李娜');
    expect(deleteImpact(ws, 'accounts', accountId)).toEqual({
      type: 'accounts',
      id: accountId,
      label: 'Jasper Beverages',
      with: [
        { type: 'contracts', count: 1 },
        { type: 'stakeholders', count: 2 },
        { type: 'touchpoints', count: 2 },
      ],
    });

    // One note deleted on its own first, then the account.
    deleteRecord(ws, 'touchpoints', note.id);
    tick(60_000);
    deleteRecord(ws, 'accounts', accountId);
    const view = listRecentlyDeleted(ws);
    expect(view.total).toBe(2);
    expect(view.byType).toEqual([
      { type: 'accounts', count: 1 },
      { type: 'touchpoints', count: 1 },
    ]);
    const [first, second] = view.items;
    expect(first).toMatchObject({
      type: 'accounts',
      label: 'Jasper Beverages',
      deletedBy: '李娜',
      byThisDevice: true,
      deletedAt: '2026-11-22T10:01:00.000Z',
      with: [
        { type: 'contracts', count: 1 },
        { type: 'stakeholders', count: 2 },
        { type: 'touchpoints', count: 1 },
      ],
    });
    expect(second).toMatchObject({
      type: 'touchpoints',
      label: 'Pricing call',
      accountName: 'Jasper Beverages',
      accountDeleted: true,
    });
    expect(listRecentlyDeleted(ws, { type: 'touchpoints' }).items.map((i) => i.id)).toEqual([
      note.id,
    ]);

    // Restoring the account brings back what it held, not the note deleted before it.
    expect(restoreDeleted(ws, 'accounts', accountId).restored).toEqual([
      { type: 'accounts', id: accountId, label: 'Jasper Beverages' },
    ]);
    expect(findRecord(ws.db.sqlite, 'touchpoints', note.id)?.deleted).toBe(true);
    expect(listRecentlyDeleted(ws).total).toBe(1);
  });

  it('restores a record whose account was deleted too together with the account', () => {
    const { ws, accountId, note } = book();
    deleteRecord(ws, 'touchpoints', note.id);
    deleteRecord(ws, 'accounts', accountId);
    expect(restoreDeletedById(ws, note.id).restored.map((r) => r.type)).toEqual([
      'accounts',
      'touchpoints',
    ]);
    expect(findRecord(ws.db.sqlite, 'accounts', accountId)?.deleted).toBe(false);
    expect(findRecord(ws.db.sqlite, 'touchpoints', note.id)?.deleted).toBe(false);
    expect(listRecentlyDeleted(ws).total).toBe(0);
    // Restoring what is not deleted changes nothing; an unknown id says so.
    expect(restoreDeleted(ws, 'touchpoints', note.id).restored).toEqual([]);
    expect(() => restoreDeletedById(ws, '01900000-0000-7000-8000-000000000000')).toThrow(
      /No deleted record/,
    );
  });

  it('keeps 90 days: an older deletion is no longer listed (but still restorable by id)', () => {
    const { ws, note, tick } = book();
    deleteRecord(ws, 'touchpoints', note.id);
    tick(89 * DAY);
    expect(listRecentlyDeleted(ws).total).toBe(1);
    tick(2 * DAY);
    expect(listRecentlyDeleted(ws).total).toBe(0);
    expect(restoreDeletedById(ws, note.id).restored).toHaveLength(1);
  });

  it("names a teammate's deletion that came through sync", () => {
    const { ws, note } = book();
    const node = 'ab'.repeat(8);
    new RemoteApplier(ws.db.sqlite, ws.clock, ws.nowIso).apply(
      [
        {
          id: `2026-11-22T10:05:00.000Z-0000-${node}`,
          table: 'touchpoints',
          rowId: note.id,
          data: { deleted: 1, updated_at: '2026-11-22T10:05:00.000Z' },
          author: 'Wang Wei',
        },
      ],
      'remote',
    );
    expect(listRecentlyDeleted(ws).items[0]).toMatchObject({
      id: note.id,
      deletedBy: 'Wang Wei',
      byThisDevice: false,
      deletedAt: '2026-11-22T10:05:00.000Z',
    });
  });

  it('refuses the impact of a record that does not exist or is already deleted', () => {
    const { ws, note } = book();
    deleteRecord(ws, 'touchpoints', note.id);
    expect(() => deleteImpact(ws, 'touchpoints', note.id)).toThrow(/No touchpoints record/);
  });
});
