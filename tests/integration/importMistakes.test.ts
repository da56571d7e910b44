/**
 * A Salesforce contacts export full of mistakes, through the real CLI in English and Chinese:
 * a day that does not exist, a role nobody has, an id given twice, a contact of an account
 * Outpost does not know, and cells a spreadsheet would run as formulas. Each bad row is named by
 * its line, column and problem in the user's language and skipped; the good rows are imported.
 * Files that cannot be imported at all (empty, only a header, a PNG) are refused whole, in both
 * languages, and leave the book as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, importBook, type ImportBook } from './importHarness';

let book: ImportBook | null = null;
afterEach(() => book?.cleanup());

async function bookWithAccounts(): Promise<ImportBook> {
  book = importBook();
  const accounts = await book.cli('import', 'accounts', fixture('salesforce_accounts.csv'));
  expect(accounts.code).toBe(0);
  return book;
}

const MAP = ['--map', 'Contact_Role__c=role', '--map', 'Left_Date__c=departedDate'] as const;

const EXPECTED = {
  en: [
    'Line 3, column "Left_Date__c": "2026-02-30" is not a date',
    'Line 4, column "Contact_Role__c": "Kingmaker" is not one of the allowed values',
    'Line 5: the id "0035g00000MisA1AAQ" already appears on line 2',
    'Line 6, column "AccountId": "0015g00000ZzZzZAAQ" names no account in Outpost',
    `Line 7, column "Title": "=cmd|' /C calc'!A0" looks like a spreadsheet formula and was not imported`,
    'Line 8, column "LastName": "+SUM(A1:A9)" looks like a spreadsheet formula and was not imported',
    'Line 9, column "Title": "@x" looks like a spreadsheet formula and was not imported',
    'Line 10, column "Phone": "-2+3" looks like a spreadsheet formula and was not imported',
  ],
  'zh-CN': [
    '第 3 行，“Left_Date__c”列：“2026-02-30”不是有效日期',
    '第 4 行，“Contact_Role__c”列：“Kingmaker”不是允许的取值',
    '第 5 行：编号“0035g00000MisA1AAQ”与第 2 行重复',
    '第 6 行，“AccountId”列：“0015g00000ZzZzZAAQ”在 Outpost 中找不到该客户',
    `第 7 行，“Title”列：“=cmd|' /C calc'!A0”看起来是表格公式，未导入`,
    '第 8 行，“LastName”列：“+SUM(A1:A9)”看起来是表格公式，未导入',
    '第 9 行，“Title”列：“@x”看起来是表格公式，未导入',
    '第 10 行，“Phone”列：“-2+3”看起来是表格公式，未导入',
  ],
};

describe('a contacts file full of mistakes', () => {
  it('saves the skipped rows with --report, the formulas from the file written as text', async () => {
    const { cli, dir } = await bookWithAccounts();
    const report = join(dir, 'problems.csv');
    const run = await cli(
      'import',
      'contacts',
      fixture('salesforce_contacts_mistakes.csv'),
      ...MAP,
      '--report',
      report,
    );
    expect(run.code).toBe(0);
    const text = readFileSync(report, 'utf8');
    expect(text.startsWith('\uFEFFline,column,problem,value,message\r\n')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(1 + EXPECTED.en.length);
    // A spreadsheet opening the report must not run what the hostile file carried.
    expect(text).toContain(`7,Title,formula,'=cmd|' /C calc'!A0,`);
    expect(text).toContain(`8,LastName,formula,'+SUM(A1:A9)`);
    expect(text).not.toMatch(/(^|,)[=+@]/m);
  });

  it.each(['en', 'zh-CN'] as const)(
    'names each bad row by line, column and problem (%s) and imports only the good rows',
    async (lang) => {
      const { cli, rows } = await bookWithAccounts();
      const run = await cli(
        'import',
        'contacts',
        fixture('salesforce_contacts_mistakes.csv'),
        ...MAP,
        '--lang',
        lang,
      );
      expect(run.code).toBe(0);
      const messages = run.err.split('\n').filter((l) => l.trim() !== '');
      expect(messages).toEqual(EXPECTED[lang]);

      // Line 2 and line 11 are the good rows: a phone with its sign and extension is no formula.
      expect(
        rows(
          `SELECT s.name, s.title, s.phone, s.role, s.external_id, a.name AS account
             FROM stakeholders s JOIN accounts a ON a.id = s.account_id ORDER BY s.name`,
        ),
      ).toEqual([
        {
          name: 'Maria Lopez',
          title: 'VP Operations',
          phone: '+1 206 555 0110',
          role: 'champion',
          external_id: 'salesforce:0035g00000MisA1',
          account: 'Northwind Logistics',
        },
        {
          name: 'Sarah Ng',
          title: 'R&D - Lead',
          phone: '+1 (512) 555-0112 ext 7',
          role: 'executive_sponsor',
          external_id: 'salesforce:0035g00000MisI1',
          account: 'Fabrikam, Inc.',
        },
      ]);
      // Nothing of a skipped row reached the change log, and the batch says what happened.
      const logged = rows("SELECT data FROM change_log WHERE tbl = 'stakeholders'").map(
        (r) => JSON.parse(r.data as string) as Record<string, unknown>,
      );
      expect(logged.map((d) => d.name).sort()).toEqual(['Maria Lopez', 'Sarah Ng']);
      const batches = rows("SELECT counts FROM import_batches WHERE entity = 'stakeholders'");
      expect(batches.map((b) => JSON.parse(b.counts as string) as object)).toEqual([
        { rows: 10, create: 2, update: 0, unchanged: 0, skip: 8 },
      ]);
    },
  );
});

/** A PNG's first bytes: signature, then the header chunk (with its NULs). */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000100e5270de40000000049454e44ae426082',
  'hex',
);

const FILE_CASES: [name: string, bytes: Buffer, en: string, zh: string][] = [
  ['empty.csv', Buffer.alloc(0), 'The file is empty.', '文件是空的。'],
  [
    'header-only.csv',
    Buffer.from('\ufeffId,AccountId,FirstName,LastName,Email\r\n\r\n,,,,\r\n'),
    'The file has a header row but no rows under it: nothing to import.',
    '文件只有表头，没有数据行，没有可导入的内容。',
  ],
  [
    'contacts.csv',
    PNG,
    'This is not a text (CSV) file — it looks like a spreadsheet, PDF or other binary file. Save it as CSV first.',
    '这不是文本（CSV）文件，看起来是表格、PDF 或其他二进制文件。请先另存为 CSV。',
  ],
];

describe('a file that cannot be imported', () => {
  it('is refused whole with a clear message in English and Chinese, and nothing is written', async () => {
    const { cli, rows, dir } = await bookWithAccounts();
    const state = async () => ({
      records: (await cli('export', '--json')).out,
      log: rows('SELECT count(*) AS n FROM change_log')[0]?.n,
      batches: rows('SELECT id, counts FROM import_batches ORDER BY id'),
      mappings: rows('SELECT * FROM import_mappings ORDER BY source, entity'),
    });
    const before = await state();
    for (const [name, bytes, en, zh] of FILE_CASES) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      for (const [lang, message] of [
        ['en', en],
        ['zh-CN', zh],
      ] as const) {
        const run = await cli('import', 'contacts', file, '--lang', lang);
        expect(run.code, `${name} ${lang}`).toBe(2);
        expect(run.err, `${name} ${lang}`).toBe(`outpost: ${message}`);
        expect(run.out, `${name} ${lang}`).toBe('');
      }
    }
    expect(await state()).toEqual(before);
  });
});
