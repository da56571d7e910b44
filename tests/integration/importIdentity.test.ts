/**
 * Which record a row with an id from its source is: the one with that id; else one that names
 * the same person (email, name) and was typed here, came from elsewhere or was imported without
 * ids; never one that carries another id from the same source — that is another record of the
 * source (two contacts sharing an inbox), so re-importing the export changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importFile } from '../../src/services/import/importService';
import { createRecord } from '../../src/services/recordService';
import { importRowText } from '../../src/shared/messages/importText';
import { tempWorkspace } from './testWorkspace';

let ws: ReturnType<typeof tempWorkspace> | null = null;
afterEach(() => ws?.cleanup());

function importCsv(
  book: ReturnType<typeof tempWorkspace>,
  entity: 'accounts' | 'stakeholders',
  lines: string[],
) {
  const bytes = Buffer.from(`${lines.join('\n')}\n`);
  return importFile(book, {
    entity,
    fileName: `${entity}.csv`,
    chunks: () => [bytes],
    size: bytes.length,
    lang: 'en',
  });
}

function bookWithAccount() {
  ws = tempWorkspace();
  importCsv(ws, 'accounts', ['Id,Name,Website', '001A00000000001,Northwind,northwind.example']);
  return ws;
}

const HEADER = 'Id,AccountId,FirstName,LastName,Email,Title';
const people = (book: ReturnType<typeof tempWorkspace>) =>
  book.db.sqlite
    .prepare(
      'SELECT name, email, title, external_id FROM stakeholders WHERE deleted = 0 ORDER BY external_id, name',
    )
    .all();

describe('a contact row with an id', () => {
  it('keeps two people of the source apart when they share an inbox, import after import', () => {
    const book = bookWithAccount();
    const file = [
      HEADER,
      '003A00000000001,001A00000000001,Ann,Lee,it@northwind.example,IT Lead',
      '003A00000000002,001A00000000001,Bo,Chan,it@northwind.example,IT Admin',
    ];
    expect(importCsv(book, 'stakeholders', file).counts).toMatchObject({ create: 2 });
    const again = importCsv(book, 'stakeholders', file);
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    expect(people(book)).toEqual([
      {
        name: 'Ann Lee',
        email: 'it@northwind.example',
        title: 'IT Lead',
        external_id: 'salesforce:003A00000000001',
      },
      {
        name: 'Bo Chan',
        email: 'it@northwind.example',
        title: 'IT Admin',
        external_id: 'salesforce:003A00000000002',
      },
    ]);
  });

  it('meets the contact the CSM typed here by its email, and takes its id', () => {
    const book = bookWithAccount();
    const accountId = book.db.sqlite.prepare('SELECT id FROM accounts').pluck().get() as string;
    createRecord(book, 'stakeholders', {
      accountId,
      name: 'Ann Lee',
      email: 'ann.lee@northwind.example',
      title: 'IT',
    });
    const run = importCsv(book, 'stakeholders', [
      HEADER,
      '003A00000000001,001A00000000001,Ann,Lee,ann.lee@northwind.example,IT Lead',
    ]);
    expect(run.counts).toMatchObject({ create: 0, update: 1 });
    expect(people(book)).toEqual([
      {
        name: 'Ann Lee',
        email: 'ann.lee@northwind.example',
        title: 'IT Lead',
        external_id: 'salesforce:003A00000000001',
      },
    ]);
  });
});

describe('two rows of one file that name one record', () => {
  it('import the first and skip the second, saying which line it repeats, never overwriting', () => {
    const book = bookWithAccount();
    const file = [
      'Account Name,First Name,Last Name,Email,Title',
      'Northwind,Ann,Lee,ann@northwind.example,IT Lead',
      'Northwind,Bo,Chan,bo@northwind.example,IT Admin',
      'Northwind,Ann,Lee,ann@northwind.example,CIO',
    ];
    const report = importCsv(book, 'stakeholders', file);
    expect(report.counts).toMatchObject({ create: 2, update: 0, skip: 1 });
    expect(report.issues).toEqual([{ line: 4, column: '', problem: 'duplicateRow', value: '2' }]);
    expect(importRowText('zh-CN', report.issues[0]!)).toBe(
      '第 4 行：与第 2 行是同一条记录，已跳过',
    );
    expect(people(book).map((p) => (p as { title: string }).title)).toEqual([
      'IT Lead',
      'IT Admin',
    ]);
    // The next import of the file meets the same record once again, and the same line repeats it.
    const again = importCsv(book, 'stakeholders', file);
    expect(again.counts).toMatchObject({ create: 0, unchanged: 2, skip: 1 });
  });
});
