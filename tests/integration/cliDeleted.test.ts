/** `outpost deleted` and `deleted restore ID`: the Recently deleted page on the command line. */
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/services/workspace';
import { createRecord, deleteRecord } from '../../src/services/recordService';
import { tempBook } from './cliBook';

let cleanup = () => {};
afterEach(() => cleanup());

function bookWithDeletions() {
  const book = tempBook();
  cleanup = book.cleanup;
  const ws = openWorkspace(book.db);
  try {
    const account = createRecord(ws, 'accounts', { name: '北京云帆科技有限公司', currency: 'CNY' });
    createRecord(ws, 'stakeholders', { accountId: account.id, name: '李娜' });
    const note = createRecord(ws, 'touchpoints', {
      accountId: account.id,
      date: '2026-11-20',
      kind: 'meeting',
      summary: '季度回顾',
    });
    deleteRecord(ws, 'touchpoints', note.id);
    deleteRecord(ws, 'accounts', account.id);
    return { ...book, accountId: account.id, noteId: note.id };
  } finally {
    ws.close();
  }
}

describe('outpost deleted', () => {
  it('lists what was deleted with what went with it, in English and Chinese, and as JSON', async () => {
    const { cli, accountId } = bookWithDeletions();
    const text = await cli('deleted');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/北京云帆科技有限公司.*stakeholders: 1/);
    expect(text.out).toContain('2 deleted in the last 90 days');
    const zh = await cli('deleted', '--lang', 'zh-CN');
    expect(zh.out).toContain('最近 90 天删除了 2 条记录');
    const json = JSON.parse((await cli('deleted', '--json', '--type', 'accounts')).out) as {
      total: number;
      items: { id: string; byThisDevice: boolean }[];
    };
    expect(json.total).toBe(1);
    expect(json.items[0]).toMatchObject({ id: accountId, byThisDevice: true });
  });

  it('restores a note together with its deleted account, and refuses a type it does not know', async () => {
    const { cli, rows, noteId, accountId } = bookWithDeletions();
    const restored = await cli('deleted', 'restore', noteId);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`Restored accounts ${accountId}`);
    expect(restored.out).toContain(`Restored touchpoints ${noteId}`);
    expect(rows('SELECT deleted FROM accounts WHERE id = ?', accountId)).toEqual([{ deleted: 0 }]);
    expect((await cli('deleted')).out).toContain('Nothing was deleted');

    const bad = await cli('deleted', '--type', 'invoices');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--type must be one of');
    const unknown = await cli('deleted', 'restore', '01900000-0000-7000-8000-000000000000');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('No deleted record');
  });
});
