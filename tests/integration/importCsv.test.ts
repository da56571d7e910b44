/**
 * `outpost import` on the exports people really have: Salesforce and HubSpot pairs, a Chinese
 * sheet saved as GB18030 with a title row and 万/亿 amounts, and files full of mistakes. Each runs
 * the real CLI against a real SQLite file and reads back what was stored.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/services/workspace';
import { tempBook } from './cliBook';
import { fixture } from './importHarness';

let cleanup = () => {};
afterEach(() => cleanup());

function setup() {
  const book = tempBook();
  cleanup = book.cleanup;
  return book;
}

describe('import from Salesforce', () => {
  it('maps the API names, links contacts by account id (15 or 18 characters) and reports the orphan', async () => {
    const { cli, rows } = setup();
    const accounts = await cli('import', 'accounts', fixture('salesforce_accounts.csv'));
    expect(accounts.code).toBe(0);
    expect(accounts.out).toContain('source salesforce');
    expect(accounts.out).toContain('3 created');
    const stored = rows(
      'SELECT name, owner, region, website, notes, external_id FROM accounts ORDER BY name',
    );
    expect(stored.map((a) => a.name)).toEqual([
      'Contoso Pharma',
      'Fabrikam, Inc.',
      'Northwind Logistics',
    ]);
    // One person, one spelling: "dana whitfield" is the Dana Whitfield seen first.
    expect(stored.map((a) => a.owner)).toEqual(['Dana Whitfield', 'Ravi Menon', 'Dana Whitfield']);
    expect(stored[2]).toMatchObject({
      region: 'Seattle, United States',
      external_id: 'salesforce:0015g00000XyZaA',
      notes: 'Key account since 2021.\nRenewal owner: Dana.',
    });

    const contacts = await cli('import', 'contacts', fixture('salesforce_contacts.csv'));
    expect(contacts.code).toBe(0);
    expect(contacts.out).toContain('3 created');
    expect(contacts.out).toContain('1 skipped');
    expect(contacts.err).toContain(
      'Line 5, column "AccountId": "0015g00000ZzZzZAAQ" names no account in Outpost',
    );
    const people = rows(
      `SELECT s.name, s.phone, a.name AS account FROM stakeholders s JOIN accounts a ON a.id = s.account_id ORDER BY s.name`,
    );
    expect(people).toEqual([
      { name: 'Anna Keller', phone: '', account: 'Contoso Pharma' },
      { name: 'Maria Lopez', phone: '+1 206 555 0110', account: 'Northwind Logistics' },
      { name: 'Tom Becker', phone: '+1 206 555 0111', account: 'Northwind Logistics' },
    ]);
  });

  it('re-imports an updated export: updates only what changed, keeps what the CSM changed, never duplicates', async () => {
    const { cli, rows, dir } = setup();
    await cli('import', 'accounts', fixture('salesforce_accounts.csv'));
    const before = rows("SELECT count(*) AS n FROM change_log WHERE tbl = 'accounts'")[0]
      ?.n as number;
    // The CSM renames the industry of Contoso in Outpost.
    const ws = openWorkspace(join(dir, 'book.db'));
    const contoso = ws.db.sqlite
      .prepare("SELECT id FROM accounts WHERE name = 'Contoso Pharma'")
      .pluck()
      .get() as string;
    ws.writer.update('accounts', contoso, { industry: 'Life sciences' });
    ws.close();
    const updated = readFileSync(fixture('salesforce_accounts.csv'), 'utf8')
      .replace(
        'Fabrikam, Inc.",Customer - Direct,,Austin',
        'Fabrikam, Inc.",Customer - Direct,,Dallas',
      )
      .replace('Healthcare', 'Pharmaceuticals');
    const file = join(dir, 'accounts-week2.csv');
    writeFileSync(file, updated);

    const dry = await cli('import', 'accounts', file, '--dry-run');
    expect(dry.out).toContain('0 to create, 1 to update, 2 unchanged');
    expect(dry.out).toContain('changed in Outpost since the last import ("Life sciences")');
    expect(rows("SELECT region FROM accounts WHERE name = 'Fabrikam, Inc.'")[0]?.region).toBe(
      'Austin, United States',
    );

    const run = await cli('import', 'accounts', file);
    expect(run.out).toContain('0 created, 1 updated, 2 unchanged');
    expect(rows('SELECT count(*) AS n FROM accounts')[0]?.n).toBe(3);
    expect(rows("SELECT region FROM accounts WHERE name = 'Fabrikam, Inc.'")[0]?.region).toBe(
      'Dallas, United States',
    );
    expect(rows("SELECT industry FROM accounts WHERE name = 'Contoso Pharma'")[0]?.industry).toBe(
      'Life sciences',
    );
    // The change log carries the one changed field of the one changed record.
    const log = rows("SELECT data FROM change_log WHERE tbl = 'accounts' ORDER BY hlc").slice(
      before + 1,
    );
    expect(log.map((l) => Object.keys(JSON.parse(l.data as string) as object))).toEqual([
      expect.arrayContaining(['region']),
    ]);
    expect(Object.keys(JSON.parse(log[0]?.data as string) as object)).not.toContain('name');

    const overwrite = await cli('import', 'accounts', file, '--overwrite');
    expect(overwrite.out).toContain('1 updated');
    expect(rows("SELECT industry FROM accounts WHERE name = 'Contoso Pharma'")[0]?.industry).toBe(
      'Pharmaceuticals',
    );
  });

  it('undoes an import: created records become tombstones, updated ones get their values back', async () => {
    const { cli, rows } = setup();
    await cli('import', 'accounts', fixture('salesforce_accounts.csv'));
    const contacts = await cli('import', 'contacts', fixture('salesforce_contacts.csv'));
    const batch = /import undo (\S+)/.exec(contacts.out)?.[1] ?? '';
    expect(batch).not.toBe('');
    const undo = await cli('import', 'undo', batch);
    expect(undo.out).toContain('3 records deleted');
    expect(rows('SELECT count(*) AS n FROM stakeholders WHERE deleted = 0')[0]?.n).toBe(0);
    expect(rows('SELECT count(*) AS n FROM accounts WHERE deleted = 0')[0]?.n).toBe(3);
    expect((await cli('import', 'undo', batch)).code).toBe(2);
  });
});

describe('import from HubSpot', () => {
  it('recognises companies and contacts and links by company id, else by name', async () => {
    const { cli, rows } = setup();
    const companies = await cli('import', 'companies', fixture('hubspot_companies.csv'));
    expect(companies.out).toContain('source hubspot');
    expect(
      rows('SELECT name, owner, region, website, external_id FROM accounts ORDER BY name'),
    ).toEqual([
      {
        name: 'Blue Yonder Retail',
        owner: 'Li Wei',
        region: 'Shanghai, China',
        website: 'blueyonder.example',
        external_id: 'hubspot:9001',
      },
      {
        name: 'Tailspin Toys',
        owner: 'Ravi Menon',
        region: 'Manchester, United Kingdom',
        website: 'tailspin.example',
        external_id: 'hubspot:9002',
      },
    ]);
    const contacts = await cli('import', 'contacts', fixture('hubspot_contacts.csv'));
    expect(contacts.out).toContain('2 created');
    expect(
      rows(
        'SELECT s.name, s.email, a.name AS account FROM stakeholders s JOIN accounts a ON a.id = s.account_id ORDER BY s.name',
      ),
    ).toEqual([
      { name: 'Sarah Ng', email: 'sarah.ng@tailspin.example', account: 'Tailspin Toys' },
      { name: 'Wei Chen', email: 'chen.wei@blueyonder.example', account: 'Blue Yonder Retail' },
    ]);
  });
});

describe('import a Chinese spreadsheet', () => {
  it('reads GB18030 with a title row, Chinese labels, 万/亿 amounts and Chinese dates, in Chinese', async () => {
    const { cli, rows } = setup();
    const accounts = await cli(
      'import',
      'accounts',
      fixture('zh_book.gb18030.csv'),
      '--lang',
      'zh-CN',
    );
    expect(accounts.out).toContain('编码 gb18030');
    expect(accounts.out).toContain('表头在第 3 行');
    expect(accounts.out).toContain('新建 3');
    expect(rows('SELECT name, owner, segment, currency FROM accounts ORDER BY name')).toEqual([
      { name: '上海星河科技有限公司', owner: '李伟', segment: 'enterprise', currency: 'CNY' },
      { name: '北京远景医疗', owner: '李伟', segment: 'enterprise', currency: 'CNY' },
      { name: '杭州青禾贸易有限公司', owner: '王芳', segment: 'mid_market', currency: 'CNY' },
    ]);
    const contracts = await cli(
      'import',
      'contracts',
      fixture('zh_book.gb18030.csv'),
      '--lang',
      'zh-CN',
    );
    expect(contracts.out).toContain('新建 3');
    expect(
      rows(
        'SELECT a.name, c.start_date, c.end_date, c.arr_minor, c.currency, c.seats FROM contracts c JOIN accounts a ON a.id = c.account_id ORDER BY a.name',
      ),
    ).toEqual([
      {
        name: '上海星河科技有限公司',
        start_date: '2026-01-01',
        end_date: '2026-12-31',
        arr_minor: 36_000_000,
        currency: 'CNY',
        seats: 120,
      },
      // No ARR column value: the 1.2亿 contract value of a one-year term is its ARR.
      {
        name: '北京远景医疗',
        start_date: '2026-03-01',
        end_date: '2027-02-28',
        arr_minor: 12_000_000_000,
        currency: 'CNY',
        seats: 500,
      },
      {
        name: '杭州青禾贸易有限公司',
        start_date: '2025-07-01',
        end_date: '2027-06-30',
        arr_minor: 24_000_000,
        currency: 'CNY',
        seats: 60,
      },
    ]);
    const again = await cli(
      'import',
      'contracts',
      fixture('zh_book.gb18030.csv'),
      '--lang',
      'zh-CN',
      '--dry-run',
    );
    expect(again.out).toContain('新建 0，更新 0，无变化 3');
  });
});

describe('files full of mistakes', () => {
  it('skips each bad row with its line, column and reason, and imports the rest', async () => {
    const { cli, rows, dir } = setup();
    await cli('import', 'accounts', fixture('salesforce_accounts.csv'));
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      [
        'Account,Start date,End date,ARR,Seats,Status',
        'Northwind Logistics,2026-01-01,2026-12-31,"$120,000",50,active',
        'Northwind Logistics,2026-02-30,2027-01-31,1000,5,active',
        'Contoso Pharma,2026-01-01,2025-12-31,1000,5,active',
        'Contoso Pharma,2026-01-01,2026-12-31,1000,5,sleeping',
        'Nobody Inc,2026-01-01,2026-12-31,1000,5,active',
        'Fabrikam,2026-01-01,2026-12-31,=HYPERLINK("x"),5,active',
        'Fabrikam, Inc.,2026-01-01,2026-12-31,"1.000,50",5,active',
      ].join('\n'),
    );
    const run = await cli('import', 'contracts', file);
    expect(run.code).toBe(0);
    expect(run.out).toContain('1 created');
    expect(run.out).toContain('6 skipped');
    expect(run.err).toContain('Line 3, column "Start date": "2026-02-30" is not a date');
    expect(run.err).toContain('Line 4, column "End date": "2025-12-31" is before the start date');
    expect(run.err).toContain(
      'Line 5, column "Status": "sleeping" is not one of the allowed values',
    );
    expect(run.err).toContain('Line 6, column "Account": "Nobody Inc" names no account in Outpost');
    expect(run.err).toContain('Line 7, column "ARR": "=HYPERLINK("x")" is not an amount');
    expect(run.err).toMatch(/Line 8, column "ARR"/);
    expect(rows('SELECT arr_minor, currency FROM contracts')).toEqual([
      { arr_minor: 12_000_000, currency: 'USD' },
    ]);
  });

  it('refuses a file it cannot read, writes nothing, and says why in the user language', async () => {
    const { cli, dir, db } = setup();
    await cli('import', 'accounts', fixture('salesforce_accounts.csv'));
    const cases: [string, Buffer, string][] = [
      ['empty.csv', Buffer.alloc(0), 'The file is empty.'],
      [
        'book.csv',
        Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000binary'),
        'not a text (CSV) file',
      ],
      [
        'dates.csv',
        Buffer.from(
          'Account,Start date,End date,ARR\nNorthwind Logistics,01/02/2026,01/03/2027,1000\n',
        ),
        '--date-order',
      ],
    ];
    const size = () => readFileSync(db).length;
    const changes = async () => (await cli('export', '--json')).out;
    const exported = await changes();
    for (const [name, bytes, message] of cases) {
      writeFileSync(join(dir, name), bytes);
      const run = await cli('import', 'contracts', join(dir, name));
      expect(run.code, name).toBe(2);
      expect(run.err, name).toContain(message);
    }
    const zh = await cli('import', 'contracts', join(dir, 'empty.csv'), '--lang', 'zh-CN');
    expect(zh.err).toContain('文件是空的');
    expect(await changes()).toBe(exported);
    expect(size()).toBeGreaterThan(0);
    const ordered = await cli('import', 'contracts', join(dir, 'dates.csv'), '--date-order', 'dmy');
    expect(ordered.out).toContain('1 created');
    expect(ordered.out).toContain('read day first');
  });

  it('reports an id that appears twice in one file', async () => {
    const { cli, dir } = setup();
    const file = join(dir, 'dupes.csv');
    writeFileSync(
      file,
      'Id,Name,Website\n001A,Alpha,a.example\n001B,Beta,b.example\n001A,Alpha again,c.example\n',
    );
    const run = await cli('import', 'accounts', file, '--source', 'salesforce');
    expect(run.out).toContain('2 created');
    expect(run.err).toContain('Line 4: the id "001A" already appears on line 2');
  });
});
