/**
 * `export ENTITY --format csv|xlsx` writes what `import` reads. A demo book — with accounts and
 * contacts brought in from Salesforce, which keep their ids in the source — is exported entity by
 * entity in both formats and as one workbook; importing the files into the same database changes
 * nothing, and importing them into a new one gives the same records, but for their ids.
 *
 * The demo has 12 accounts: in larger demo books one person answers the same survey twice on one
 * day, and two responses with no id in their source cannot be told apart by any import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_ENTITIES, type ImportEntity } from '../../src/core/import/importEntities';
import type { ImportReport } from '../../src/services/import/importService';
import type { WorkbookImportReport } from '../../src/services/import/workbookImport';
import { cliBook, tempBook } from './cliBook';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'import');
const FORMATS = ['csv', 'xlsx'] as const;
/** Ids, and fields that hold ids of other records: a new database gives them new values. */
const IDS = [
  'id',
  'createdAt',
  'updatedAt',
  'reportsTo',
  'renewalOf',
  'stakeholderId',
  'attendeeIds',
];

const book = tempBook();
const file = (entity: string, format: string) => join(book.dir, `${entity}.${format}`);
const live: Partial<Record<ImportEntity, number>> = {};

type Doc = Record<string, Record<string, unknown>[]>;

/** Each entity's live records without their ids, linked to their account by its name. */
function records(json: string): Record<string, string[]> {
  const doc = JSON.parse(json) as Doc;
  const names = new Map((doc.accounts ?? []).map((a) => [a.id, a.name]));
  return Object.fromEntries(
    IMPORT_ENTITIES.map((entity) => [
      entity,
      (doc[entity] ?? [])
        .filter((r) => r.deleted === false)
        .map((r) => {
          const rest = Object.fromEntries(Object.entries(r).filter(([k]) => !IDS.includes(k)));
          if ('accountId' in rest) rest.accountId = names.get(r.accountId);
          return JSON.stringify(rest);
        })
        .sort(),
    ]),
  );
}

beforeAll(async () => {
  expect((await book.cli('demo', '--accounts', '12')).code).toBe(0);
  await book.cli('import', 'accounts', join(FIXTURES, 'salesforce_accounts.csv'));
  await book.cli('import', 'contacts', join(FIXTURES, 'salesforce_contacts.csv'));
  for (const entity of IMPORT_ENTITIES) {
    live[entity] = book.rows(`SELECT id FROM ${entity} WHERE deleted = 0`).length;
    for (const format of FORMATS) {
      const run = await book.cli(
        'export',
        entity,
        '--format',
        format,
        '--out',
        file(entity, format),
      );
      expect(run.code, run.err).toBe(0);
    }
  }
  const all = await book.cli('export', 'all', '--format', 'xlsx', '--out', file('all', 'xlsx'));
  expect(all.code, all.err).toBe(0);
}, 180_000);
afterAll(() => book.cleanup());

describe('export ENTITY --format csv|xlsx', () => {
  it('writes the columns import reads: the account by its source id and name, money, days, lists', async () => {
    const csv = readFileSync(file('contracts', 'csv'), 'utf8');
    expect(csv.startsWith('\ufeffExternal id,Account external id,Account name,Start date,')).toBe(
      true,
    );
    expect(csv.split('\r\n')[0]).toBe(
      '\ufeffExternal id,Account external id,Account name,Start date,End date,ARR,Currency,Seats,Modules,Status,Payment terms,Discount pct',
    );
    expect(csv).toMatch(
      /\r\n,,[^,]+,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d,\d+\.\d\d,(USD|CNY|EUR|GBP|SGD|HKD|AUD),\d+,[^,]*;/,
    );
    const contacts = readFileSync(file('stakeholders', 'csv'), 'utf8');
    expect(contacts).toContain(
      'salesforce:0035g00000AbCdE,salesforce:0015g00000XyZaA,Northwind Logistics,Maria Lopez,',
    );
    // A next step written as a bullet is text a spreadsheet must not run: it gets an apostrophe.
    expect(readFileSync(file('touchpoints', 'csv'), 'utf8')).toMatch(/"'- /);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('all', 'xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Accounts',
      'Stakeholders',
      'Contracts',
      'Usage snapshots',
      'Survey responses',
      'Support tickets',
      'Expansion opportunities',
      'Touchpoints',
    ]);
    const contracts = workbook.getWorksheet('Contracts')!;
    expect(contracts.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(contracts.getCell('D2').value).toBeInstanceOf(Date);
    expect(typeof contracts.getCell('F2').value).toBe('number');
    expect(contracts.rowCount).toBe((live.contracts ?? 0) + 1);

    const zh = await book.cli(
      'export',
      'all',
      '--format',
      'xlsx',
      '--out',
      file('zh', 'xlsx'),
      '--lang',
      'zh-CN',
    );
    expect(zh.err).toContain('已导出');
    const zhBook = new ExcelJS.Workbook();
    await zhBook.xlsx.readFile(file('zh', 'xlsx'));
    expect(zhBook.worksheets.map((s) => s.name).slice(0, 3)).toEqual(['客户', '联系人', '合同']);
  });

  it('refuses what it cannot write, and keeps export --json as it was', async () => {
    expect((await book.cli('export', 'accounts')).err).toContain('--format csv or xlsx');
    expect((await book.cli('export', 'accounts', '--format', 'xlsx')).err).toContain('--out');
    expect((await book.cli('export', 'all', '--format', 'csv')).code).toBe(2);
    expect((await book.cli('export', 'deals', '--format', 'csv')).err).toContain('Unknown entity');
    expect((await book.cli('export')).code).toBe(2);
    const csv = await book.cli('export', 'contacts', '--format', 'csv');
    expect(csv.out.split('\n')).toHaveLength((live.stakeholders ?? 0) + 1);
    const json = JSON.parse((await book.cli('export', '--json')).out) as Doc;
    expect(Object.keys(json)).toContain('accounts');
  });
});

describe('importing the export again', () => {
  it('into the same database changes nothing: every row unchanged, no change logged', async () => {
    const before = (await book.cli('export', '--json')).out;
    const logged = () => book.rows('SELECT count(*) AS n FROM change_log')[0]?.n;
    const log = logged();
    for (const format of FORMATS)
      for (const entity of IMPORT_ENTITIES) {
        const run = await book.cli('import', entity, file(entity, format), '--json');
        expect(run.code, `${entity}.${format}: ${run.err}`).toBe(0);
        const report = JSON.parse(run.out) as ImportReport;
        expect(report.source).toBe('outpost');
        expect(report.columns.every((c) => c.field !== null)).toBe(true);
        expect(report.counts, `${entity}.${format}`).toEqual({
          rows: live[entity],
          create: 0,
          update: 0,
          unchanged: live[entity],
          skip: 0,
        });
      }
    const all = await book.cli('import', 'all', file('all', 'xlsx'), '--json');
    const workbook = JSON.parse(all.out) as WorkbookImportReport;
    expect(workbook.sheets.map((s) => [s.entity, s.counts.unchanged])).toEqual(
      IMPORT_ENTITIES.map((e) => [e, live[e]]),
    );
    expect(logged()).toBe(log);
    expect((await book.cli('export', '--json')).out).toBe(before);
  });

  it.each(['csv', 'xlsx', 'all'] as const)(
    'into a new database gives the same records but for their ids (%s)',
    async (kind) => {
      const fresh = cliBook(book.dir, `fresh-${kind}.db`);
      if (kind === 'all') {
        const run = await fresh.cli('import', 'all', file('all', 'xlsx'), '--json');
        expect(run.code, run.err).toBe(0);
        const report = JSON.parse(run.out) as WorkbookImportReport;
        expect(report.sheets.map((s) => s.counts.create)).toEqual(
          IMPORT_ENTITIES.map((e) => live[e]),
        );
      } else
        for (const entity of IMPORT_ENTITIES) {
          const run = await fresh.cli('import', entity, file(entity, kind), '--json');
          expect(run.code, run.err).toBe(0);
          expect((JSON.parse(run.out) as ImportReport).counts.create).toBe(live[entity]);
        }
      const original = records((await book.cli('export', '--json')).out);
      for (const entity of IMPORT_ENTITIES) expect(original[entity]).toHaveLength(live[entity]!);
      expect(original.touchpoints?.[0]).toMatch(/"internalAttendees":\["/);
      expect(records((await fresh.cli('export', '--json')).out)).toEqual(original);
    },
    60_000,
  );
});
