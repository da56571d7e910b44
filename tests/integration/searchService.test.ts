/** Search v2 on a real database: pinyin, owners, counts by kind, tiers, newest first, paging. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  createRecord,
  deleteRecord,
  restoreRecord,
  updateRecord,
} from '../../src/services/recordService';
import { search } from '../../src/services/searchService';
import { tempWorkspace } from './testWorkspace';

let ws: ReturnType<typeof tempWorkspace>;
afterEach(() => ws.cleanup());

const titles = (q: string, kinds?: ('account' | 'stakeholder' | 'touchpoint')[]) =>
  search(ws, { q, kinds, limit: 50 }).hits.map((h) => h.title);

describe('search', () => {
  it('finds Chinese names by pinyin, by initials and from any character on', () => {
    ws = tempWorkspace();
    const yunfan = createRecord(ws, 'accounts', { name: '北京云帆科技有限公司', owner: '李娜' });
    createRecord(ws, 'accounts', { name: '大连海纳教育科技股份有限公司', owner: 'Emma Clark' });
    createRecord(ws, 'stakeholders', { accountId: yunfan.id, name: '王伟', title: 'CTO' });
    expect(titles('bjyf')).toEqual(['北京云帆科技有限公司']);
    expect(titles('beijing')).toEqual(['北京云帆科技有限公司']);
    expect(titles('yunfan')).toEqual(['北京云帆科技有限公司']);
    expect(titles('dalian')).toEqual(['大连海纳教育科技股份有限公司']);
    expect(titles('dl')).toEqual(['大连海纳教育科技股份有限公司']);
    expect(titles('wangwei')).toEqual(['王伟']);
    expect(titles('ww')).toEqual(['王伟']);
    const hit = search(ws, { q: 'bjyf' }).hits[0]!;
    expect(hit.title.slice(...hit.marks.title[0]!)).toBe('北京云帆');
  });

  it("finds an account by its owner's name, in hanzi, pinyin or English", () => {
    ws = tempWorkspace();
    const a = createRecord(ws, 'accounts', { name: 'Northwind Logistics', owner: '李娜' });
    createRecord(ws, 'accounts', { name: 'Lantern Labs', owner: 'Emma Clark' });
    expect(titles('李娜')).toEqual(['Northwind Logistics']);
    expect(titles('lina')).toEqual(['Northwind Logistics']);
    expect(titles('emma')).toEqual(['Lantern Labs']);
    const hit = search(ws, { q: '李娜' }).hits[0]!;
    expect(hit.owner.slice(...hit.marks.owner[0]!)).toBe('李娜');
    // A new owner is searchable at once, the old one no longer finds it.
    updateRecord(ws, 'accounts', a.id, { owner: '张敏' });
    expect(titles('李娜')).toEqual([]);
    expect(titles('zhangmin')).toEqual(['Northwind Logistics']);
  });

  it('counts every match by kind, filters by kind, puts names first and the newest first', () => {
    ws = tempWorkspace();
    const account = createRecord(ws, 'accounts', { name: 'Renewal Partners' });
    createRecord(ws, 'stakeholders', { accountId: account.id, name: 'Renee Renewal' });
    const dates = ['2026-03-01', '2026-09-15', '2026-01-10', '2026-06-30'];
    for (const date of dates)
      createRecord(ws, 'touchpoints', {
        accountId: account.id,
        date,
        summary: 'Call',
        notes: 'renewal talk',
      });
    createRecord(ws, 'touchpoints', {
      accountId: account.id,
      date: '2025-12-01',
      summary: 'Renewal kickoff',
      notes: '',
    });
    const all = search(ws, { q: 'renewal', limit: 3 });
    expect(all.total).toBe(7);
    expect(all.counts).toEqual({ account: 1, stakeholder: 1, touchpoint: 5 });
    expect(all.hits.map((h) => h.kind)).toEqual(['stakeholder', 'account', 'touchpoint']);
    expect(all.hits[2]!.title).toBe('Renewal kickoff');
    const notes = search(ws, { q: 'renewal', kinds: ['touchpoint'], limit: 3 });
    expect(notes.total).toBe(5);
    expect(notes.counts.account).toBe(1);
    expect(notes.hits.map((h) => h.date)).toEqual(['2025-12-01', '2026-09-15', '2026-06-30']);
    const next = search(ws, { q: 'renewal', kinds: ['touchpoint'], offset: 3, limit: 3 });
    expect(next.hits.map((h) => h.date)).toEqual(['2026-03-01', '2026-01-10']);
  });

  it('keeps counts true through deletes, restores and a deleted account', () => {
    ws = tempWorkspace();
    const account = createRecord(ws, 'accounts', { name: 'Acme' });
    const note = createRecord(ws, 'touchpoints', {
      accountId: account.id,
      date: '2026-11-01',
      summary: '回顾',
      notes: '续约意向',
    });
    createRecord(ws, 'touchpoints', {
      accountId: account.id,
      date: '2026-11-02',
      summary: '回顾',
      notes: '客户续约',
    });
    expect(search(ws, { q: '续约' }).total).toBe(2);
    deleteRecord(ws, 'touchpoints', note.id);
    expect(search(ws, { q: '续约' }).total).toBe(1);
    deleteRecord(ws, 'accounts', account.id);
    expect(search(ws, { q: '续约' }).total).toBe(0);
    restoreRecord(ws, 'accounts', account.id);
    expect(search(ws, { q: '续约' }).total).toBe(1);
    restoreRecord(ws, 'touchpoints', note.id);
    expect(search(ws, { q: '续约' }).counts.touchpoint).toBe(2);
  });
});
