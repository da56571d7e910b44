/**
 * Cells that hold several values, as Chinese sheets write them. A list field (modules, tags)
 * takes `;` `；` `、` between items. A contact cell naming two people (`赵磊；陈静`) is not one
 * stakeholder: which phone, email or title is whose cannot be told, so the row is refused with a
 * message naming it — in Chinese and English — and the other contacts are imported.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, importBook, type ImportBook } from './importHarness';

let book: ImportBook | null = null;
afterEach(() => book?.cleanup());

describe('a contact cell naming two people', () => {
  it.each([
    ['zh-CN', '第 6 行，“联系人”列：“赵磊；陈静”包含多个人名：请每位联系人单独一行'],
    [
      'en',
      'Line 6, column "联系人": "赵磊；陈静" names more than one person: give each contact a row of their own',
    ],
  ] as const)(
    'is refused with a message (%s), the other contacts imported',
    async (lang, message) => {
      book = importBook();
      const { cli, rows } = book;
      const sheet = fixture('zh_book.gb18030.csv');
      expect((await cli('import', 'accounts', sheet, '--lang', lang)).code).toBe(0);
      const contacts = await cli('import', 'contacts', sheet, '--lang', lang);
      expect(contacts.code).toBe(0);
      expect(contacts.err).toBe(message);
      expect(
        rows(
          `SELECT s.name, s.title, s.phone, a.name AS account FROM stakeholders s
           JOIN accounts a ON a.id = s.account_id ORDER BY s.phone`,
        ),
      ).toEqual([
        {
          name: '张敏',
          title: '信息部总监',
          phone: '13800000001',
          account: '上海星河科技有限公司',
        },
        { name: '刘洋', title: '采购经理', phone: '13800000002', account: '杭州青禾贸易有限公司' },
      ]);
    },
  );
});

describe('a list cell', () => {
  it('is split into items at ; ； and 、, for contract modules and account tags', async () => {
    book = importBook();
    const { cli, rows, dir } = book;
    const accounts = join(dir, '客户.csv');
    writeFileSync(
      accounts,
      [
        '客户名称,负责人,标签',
        '上海星河科技有限公司,李伟,重点客户；华东;续约风险',
        '北京远景医疗,李伟,',
      ].join('\n'),
    );
    expect((await cli('import', 'accounts', accounts, '--lang', 'zh-CN')).code).toBe(0);
    const contracts = join(dir, '合同.csv');
    writeFileSync(
      contracts,
      [
        '客户名称,合同开始日期,合同结束日期,年度经常性收入,购买模块',
        '上海星河科技有限公司,2026-01-01,2026-12-31,36万,CRM；BI;报表、API',
        '北京远景医疗,2026-03-01,2027-02-28,1.2亿,CRM',
      ].join('\n'),
    );
    const run = await cli('import', 'contracts', contracts, '--lang', 'zh-CN');
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    const lists = (sql: string) =>
      rows(sql).map((r) => ({ name: r.name, list: JSON.parse(r.list as string) as string[] }));
    expect(lists('SELECT name, tags AS list FROM accounts ORDER BY name')).toEqual([
      { name: '上海星河科技有限公司', list: ['重点客户', '华东', '续约风险'] },
      { name: '北京远景医疗', list: [] },
    ]);
    expect(
      lists(
        'SELECT a.name, c.modules AS list FROM contracts c JOIN accounts a ON a.id = c.account_id ORDER BY a.name',
      ),
    ).toEqual([
      { name: '上海星河科技有限公司', list: ['CRM', 'BI', '报表', 'API'] },
      { name: '北京远景医疗', list: ['CRM'] },
    ]);
  });
});
