import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoAccount } from '../../src/core/demo/demoPortfolio';
import { makeDemoEdits } from '../../src/services/demo/demoEdits';
import { loadDemo } from '../../src/services/demo/demoService';
import { exportJson } from '../../src/services/exportService';
import { listPortfolio } from '../../src/services/portfolioService';
import { createRecord, deleteRecord, restoreRecord } from '../../src/services/recordService';
import { search } from '../../src/services/searchService';
import { RECORD_SCHEMAS, RECORD_TYPES } from '../../src/shared/records/recordTypes';
import { tempWorkspace } from './testWorkspace';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const workspace = () => {
  const ws = tempWorkspace();
  cleanups.push(ws.cleanup);
  return ws;
};

describe('demo portfolio', () => {
  it('generates records that every schema accepts', () => {
    for (let index = 0; index < 40; index++) {
      const bundle = generateDemoAccount(1, index, '2026-11-22');
      for (const type of RECORD_TYPES) {
        for (const record of bundle[type]) {
          const parsed = RECORD_SCHEMAS[type].safeParse(record.fields);
          expect(parsed.success, `${type} #${index}: ${JSON.stringify(parsed.error?.issues)}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('is deterministic: the same seed and day give byte-identical exports', () => {
    const a = workspace();
    const b = workspace();
    loadDemo(a, { accounts: 30, seed: 42, today: '2026-11-22' });
    loadDemo(b, { accounts: 30, seed: 42, today: '2026-11-22' });
    expect(exportJson(a)).toBe(exportJson(b));
    const c = workspace();
    loadDemo(c, { accounts: 30, seed: 43, today: '2026-11-22' });
    expect(exportJson(c)).not.toBe(exportJson(a));
  });

  it('has mixed English and Chinese names, churned and expanded accounts', () => {
    const ws = workspace();
    loadDemo(ws, { accounts: 60, seed: 1, today: '2026-11-22' });
    const rows = listPortfolio(ws);
    expect(rows).toHaveLength(60);
    expect(rows.some((r) => /[\u4e00-\u9fff]/.test(r.name))).toBe(true);
    expect(rows.some((r) => /^[A-Za-z]/.test(r.name))).toBe(true);
    expect(rows.some((r) => r.stage === 'churned')).toBe(true);
    const renewed = ws.db.sqlite
      .prepare(
        "SELECT count(*) AS n FROM renewals WHERE outcome = 'renewed' AND final_arr_minor > target_arr_minor",
      )
      .get() as { n: number };
    expect(renewed.n).toBeGreaterThan(0);
  });

  it('makes random edits through the services, each one logged', () => {
    const ws = workspace();
    loadDemo(ws, { accounts: 10, seed: 1, today: '2026-11-22' });
    const before = (
      ws.db.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }
    ).n;
    const summary = makeDemoEdits(ws, 25, 9);
    expect(summary.edits).toBe(25);
    const after = (
      ws.db.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }
    ).n;
    expect(after).toBeGreaterThan(before);
  });
});

describe('search', () => {
  it('finds Chinese words inside longer text, English prefixes, and hides deleted records', () => {
    const ws = workspace();
    const account = createRecord(ws, 'accounts', { name: '杭州云帆科技有限公司' });
    const note = createRecord(ws, 'touchpoints', {
      accountId: account.id,
      date: '2026-11-20',
      summary: '季度回顾',
      notes: '客户确认续约意向，希望增加培训。',
    });
    createRecord(ws, 'stakeholders', {
      accountId: account.id,
      name: 'Olivia Renwick',
      title: 'CFO',
    });
    expect(search(ws, { q: '续约', limit: 10 }).hits.map((h) => h.id)).toEqual([note.id]);
    expect(search(ws, { q: '续约意向', limit: 10 }).hits.map((h) => h.id)).toEqual([note.id]);
    expect(search(ws, { q: '云帆', limit: 10 }).hits.map((h) => h.kind)).toEqual(['account']);
    expect(search(ws, { q: 'renw', limit: 10 }).hits.map((h) => h.title)).toEqual([
      'Olivia Renwick',
    ]);
    expect(search(ws, { q: '续约', limit: 10 }).hits[0]!.snippet).toContain('续约');
    deleteRecord(ws, 'touchpoints', note.id);
    expect(search(ws, { q: '续约', limit: 10 }).hits).toEqual([]);
    restoreRecord(ws, 'touchpoints', note.id);
    expect(search(ws, { q: '续约', limit: 10 }).hits).toHaveLength(1);
    deleteRecord(ws, 'accounts', account.id);
    expect(search(ws, { q: '续约', limit: 10 }).hits).toEqual([]);
  });
});
