/**
 * `outpost import` on an Excel workbook as people keep them: a Chinese accounts sheet under a
 * merged title row, contacts with rich-text names and mailto links, contracts with date cells and
 * formulas (read by their calculated values), a multi-line cell, a hidden sheet and a sheet of
 * notes. And workbooks that are not: damaged, old .xls, a CSV renamed — refused, nothing written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/services/import/importService';
import { workbookSheets } from '../../src/services/import/workbookImport';
import { openWorkspace } from '../../src/services/workspace';
import { tempBook } from './cliBook';

let cleanup = () => {};
afterEach(() => cleanup());

function setup() {
  const book = tempBook();
  cleanup = book.cleanup;
  return book;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The book of a Chinese CSM: 客户, Contacts and 合同 sheets, plus a hidden list and notes. */
async function bookXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const accounts = wb.addWorksheet('客户');
  accounts.getCell('A1').value = '客户清单（2026 年 11 月）';
  accounts.mergeCells('A1:E1');
  accounts.addRow([]);
  accounts.addRow(['客户名称', '负责人', '所属行业', '区域', '客户等级']);
  accounts.addRow(['华星科技', '王伟', '制造业', '华东', '大客户']);
  accounts.addRow(['Northwind Logistics', 'Dana Whitfield', 'Logistics', 'APAC', 'Mid-Market']);

  const contacts = wb.addWorksheet('Contacts');
  contacts.addRow(['Account Name', 'First Name', 'Last Name', 'Email', 'Title', 'Phone']);
  contacts.addRow([
    'Northwind Logistics',
    { richText: [{ text: 'Ma', font: { bold: true } }, { text: 'ria' }] },
    'Lopez',
    { text: 'maria.lopez@northwind.example', hyperlink: 'mailto:maria.lopez@northwind.example' },
    'VP Operations',
    '+1 206 555 0110',
  ]);
  contacts.addRow(['华星科技', '伟', '李', 'li.wei@huaxing.example', '- IT 总监', 8613800138000]);

  const contracts = wb.addWorksheet('合同');
  contracts.addRow(['合同明细']);
  contracts.addRow([
    '客户名称',
    '合同开始日期',
    '合同结束日期',
    '席位数',
    '年度经常性收入',
    '付款方式',
  ]);
  const rows: ExcelJS.CellValue[][] = [
    [
      '华星科技',
      day('2026-01-01'),
      day('2026-12-31'),
      50,
      { formula: 'D3*2400', result: 120000 },
      '季付\n每季度首月',
    ],
    [
      'Northwind Logistics',
      day('2026-03-01'),
      { formula: 'EDATE(B4,12)-1', result: day('2027-02-28') },
      20,
      36000.5,
      'Net 30',
    ],
    ['华星科技', day('2027-01-01'), day('2026-06-30'), 50, 1000, ''],
  ];
  for (const values of rows) {
    const row = contracts.addRow(values);
    for (const col of [2, 3]) row.getCell(col).numFmt = 'yyyy-mm-dd';
  }

  const hidden = wb.addWorksheet('联系人列表');
  hidden.state = 'hidden';
  hidden.addRow(['联系人', '客户名称']);
  hidden.addRow(['不该导入', '华星科技']);
  wb.addWorksheet('Notes').addRow(['Remember to call Dana']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('import an XLSX workbook', () => {
  it('lists its sheets and the entity each holds', async () => {
    expect(await workbookSheets(await bookXlsx())).toEqual([
      { name: '客户', entity: 'accounts', hidden: false },
      { name: 'Contacts', entity: 'stakeholders', hidden: false },
      { name: '合同', entity: 'contracts', hidden: false },
      { name: '联系人列表', entity: 'stakeholders', hidden: true },
      { name: 'Notes', entity: null, hidden: false },
    ]);
  });

  it('imports every sheet named for an entity, accounts first; a dry run sees them all and writes nothing', async () => {
    const { cli, rows, db, dir } = setup();
    const file = join(dir, 'book.xlsx');
    writeFileSync(file, await bookXlsx());
    openWorkspace(db).close();
    const empty = (await cli('export', '--json')).out;

    const dry = await cli('import', 'all', file, '--dry-run');
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('Sheet "联系人列表" is hidden and was left out.');
    expect(dry.out).toContain('Sheet "Notes" was left out');
    // The contracts find the accounts of the same workbook, though nothing is written.
    expect(dry.out).toMatch(
      /Sheet "合同" → contracts[\s\S]*2 to create, 0 to update, 0 unchanged, 1 skipped/,
    );
    expect((await cli('export', '--json')).out).toBe(empty);

    const run = await cli('import', 'all', file);
    expect(run.code, run.err).toBe(0);
    expect(run.out.indexOf('Sheet "客户" → accounts')).toBeLessThan(
      run.out.indexOf('Sheet "Contacts"'),
    );
    expect(run.out).toContain('book.xlsx [客户]: header on row 3, source zh_crm');
    // Rows are named by their row in the sheet, after a cell with a line break too.
    expect(run.err).toContain(
      'Line 5, column "合同结束日期": "2026-06-30" is before the start date',
    );
    expect(rows('SELECT name, owner, segment, currency FROM accounts ORDER BY name')).toEqual([
      {
        name: 'Northwind Logistics',
        owner: 'Dana Whitfield',
        segment: 'mid_market',
        currency: 'CNY',
      },
      { name: '华星科技', owner: '王伟', segment: 'enterprise', currency: 'CNY' },
    ]);
    expect(rows('SELECT name, email, title, phone FROM stakeholders ORDER BY email')).toEqual([
      { name: '李伟', email: 'li.wei@huaxing.example', title: '- IT 总监', phone: '8613800138000' },
      {
        name: 'Maria Lopez',
        email: 'maria.lopez@northwind.example',
        title: 'VP Operations',
        phone: '+1 206 555 0110',
      },
    ]);
    expect(
      rows(
        'SELECT start_date, end_date, arr_minor, seats, payment_terms FROM contracts ORDER BY start_date',
      ),
    ).toEqual([
      {
        start_date: '2026-01-01',
        end_date: '2026-12-31',
        arr_minor: 12_000_000,
        seats: 50,
        payment_terms: '季付\n每季度首月',
      },
      {
        start_date: '2026-03-01',
        end_date: '2027-02-28',
        arr_minor: 3_600_050,
        seats: 20,
        payment_terms: 'Net 30',
      },
    ]);
    expect(rows('SELECT entity, file_name FROM import_batches ORDER BY file_name')).toHaveLength(3);

    const again = await cli('import', 'all', file);
    expect(again.out).not.toMatch(/[1-9]\d* (created|updated)/);
  });

  it('imports one sheet: the one named for the entity, the only one, or the one given', async () => {
    const { cli, rows, dir } = setup();
    const file = join(dir, 'book.xlsx');
    writeFileSync(file, await bookXlsx());
    expect((await cli('import', 'accounts', file)).out).toContain('2 created');
    const contacts = await cli('import', 'contacts', file, '--json');
    expect((JSON.parse(contacts.out) as ImportReport & { sheet: string }).sheet).toBe('Contacts');
    expect(rows('SELECT name FROM stakeholders ORDER BY name')).toHaveLength(2);

    const single = new ExcelJS.Workbook();
    single.addWorksheet('Sheet1').addRow(['Name', 'Industry', 'Segment']);
    single.getWorksheet('Sheet1')!.addRow(['Tailspin Toys', 'Retail', 'smb']);
    writeFileSync(join(dir, 'single.xlsx'), Buffer.from(await single.xlsx.writeBuffer()));
    expect((await cli('import', 'accounts', join(dir, 'single.xlsx'))).out).toContain('1 created');

    const missing = await cli('import', 'tickets', file);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('No sheet of the workbook is named for support_tickets');
    expect(missing.err).toContain('--sheet');
    const wrong = await cli('import', 'contacts', file, '--sheet', 'Nope', '--lang', 'zh-CN');
    expect(wrong.err).toContain('工作簿中没有名为“Nope”的工作表');
    const notes = await cli('import', 'contacts', file, '--sheet', 'Notes');
    expect(notes.err).toContain('Sheet "Notes":');
  });

  it('refuses a damaged workbook, an old .xls and a renamed CSV in the user language, writing nothing', async () => {
    const { cli, rows, dir, db } = setup();
    const good = await bookXlsx();
    const cases: [string, Buffer][] = [
      ['damaged.xlsx', good.subarray(0, Math.floor(good.length / 2))],
      [
        'flipped.xlsx',
        Buffer.concat([good.subarray(0, 40), Buffer.alloc(400, 0x41), good.subarray(440)]),
      ],
      ['renamed.xlsx', Buffer.from('Name,Industry\nTailspin Toys,Retail\n')],
    ];
    for (const [name, bytes] of cases) {
      writeFileSync(join(dir, name), bytes);
      const run = await cli('import', 'all', join(dir, name));
      expect(run.code, name).toBe(2);
      expect(run.err, name).toContain(
        'The file is not an Excel workbook (.xlsx), or it is damaged.',
      );
      expect(existsSync(db), name).toBe(false);
    }
    writeFileSync(
      join(dir, 'old.xlsx'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    expect((await cli('import', 'accounts', join(dir, 'old.xlsx'))).err).toContain('(.xls)');

    writeFileSync(join(dir, 'accounts.csv'), 'Name,Industry\nTailspin Toys,Retail\n');
    expect((await cli('import', 'accounts', join(dir, 'accounts.csv'))).code).toBe(0);
    const before = (await cli('export', '--json')).out;
    const zh = await cli('import', 'contacts', join(dir, 'damaged.xlsx'), '--lang', 'zh-CN');
    expect(zh.code).toBe(2);
    expect(zh.err).toContain('该文件不是 Excel 工作簿（.xlsx），或已损坏');
    expect((await cli('export', '--json')).out).toBe(before);
    expect(rows('SELECT count(*) AS n FROM import_batches')).toEqual([{ n: 1 }]);
    expect(readFileSync(join(dir, 'damaged.xlsx')).length).toBeGreaterThan(0);
  });

  it('writes nothing from any sheet when one sheet cannot be read', async () => {
    const { cli, db, dir } = setup();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Accounts').addRows([
      ['Name', 'Industry'],
      ['Tailspin Toys', 'Retail'],
    ]);
    wb.addWorksheet('Contracts').addRows([
      ['Account name', 'Start date', 'End date', 'ARR'],
      ['Tailspin Toys', '01/02/2026', '01/03/2027', 1000],
    ]);
    const file = join(dir, 'book.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    openWorkspace(db).close();
    const empty = (await cli('export', '--json')).out;
    const run = await cli('import', 'all', file);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Sheet "Contracts": The dates in column "Start date"');
    expect((await cli('export', '--json')).out).toBe(empty);
    const zh = await cli('import', 'all', file, '--lang', 'zh-CN');
    expect(zh.err).toContain('工作表“Contracts”：');
    expect((await cli('import', 'all', file, '--date-order', 'dmy')).out).toMatch(
      /Sheet "Contracts" → contracts[\s\S]*1 created/,
    );
  });

  it('says which options belong to which kind of file', async () => {
    const { cli, dir } = setup();
    writeFileSync(join(dir, 'a.csv'), 'Name\nX\n');
    writeFileSync(join(dir, 'a.xlsx'), await bookXlsx());
    expect((await cli('import', 'all', join(dir, 'a.csv'))).err).toContain('Excel workbook');
    expect((await cli('import', 'accounts', join(dir, 'a.csv'), '--sheet', 'X')).code).toBe(2);
    expect((await cli('import', 'accounts', join(dir, 'a.xlsx'), '--encoding', 'utf-8')).code).toBe(
      2,
    );
    expect((await cli('import', 'all', join(dir, 'a.xlsx'), '--map', 'A=name')).code).toBe(2);
  });
});
