/**
 * A file no profile knows (a German CRM's contacts, `;`-separated as German Excel writes them) is
 * mapped once with --map; the next export of that source, with the same headers, is imported
 * with the same mapping without being told again — columns left out stay out — and what is given
 * on the command line still wins over what was remembered.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/services/import/importService';
import { fixture, importBook, type ImportBook } from './importHarness';

let book: ImportBook | null = null;
afterEach(() => book?.cleanup());

const HEADER = 'Kontakt-ID;Firma;Vorname;Nachname;E-Mail;Position;Notiz';
const MAP = [
  'Kontakt-ID=externalId',
  'Firma=accountName',
  'Vorname=firstName',
  'Nachname=lastName',
  'E-Mail=email',
  'Position=title',
  'Notiz=',
].flatMap((m) => ['--map', m]);

const json = (out: string) => JSON.parse(out) as ImportReport;

describe('a mapping given once', () => {
  it('is remembered for the next import from the same source', async () => {
    book = importBook();
    const { cli, rows, dir } = book;
    expect((await cli('import', 'accounts', fixture('salesforce_accounts.csv'))).code).toBe(0);
    const january = join(dir, 'kontakte-januar.csv');
    writeFileSync(
      january,
      [
        HEADER,
        'K-1;Contoso Pharma;Jürgen;Müller;j.mueller@contoso.example;Einkauf;VIP',
        'K-2;Contoso Pharma;Petra;Schmidt;p.schmidt@contoso.example;IT-Leitung;',
      ].join('\r\n'),
    );
    // Nothing in these headers is known: without a mapping the file is refused.
    const unmapped = await cli('import', 'contacts', january, '--json');
    expect(unmapped.code).toBe(2);
    expect(unmapped.err).toContain('No column of the file is mapped to a field');

    const first = json((await cli('import', 'contacts', january, ...MAP, '--json')).out);
    expect(first.source).toBe('file');
    expect(first.counts).toMatchObject({ create: 2, skip: 0 });

    const february = join(dir, 'kontakte-februar.csv');
    writeFileSync(
      february,
      [
        HEADER,
        'K-1;Contoso Pharma;Jürgen;Müller;j.mueller@contoso.example;Einkaufsleitung;VIP',
        'K-2;Contoso Pharma;Petra;Schmidt;p.schmidt@contoso.example;IT-Leitung;',
        'K-3;Northwind Logistics;Ola;Nordmann;ola@northwind.example;CFO;neu',
      ].join('\r\n'),
    );
    const second = json((await cli('import', 'contacts', february, '--json')).out);
    expect(second.columns).toEqual([
      { header: 'Kontakt-ID', field: 'externalId' },
      { header: 'Firma', field: 'accountName' },
      { header: 'Vorname', field: 'firstName' },
      { header: 'Nachname', field: 'lastName' },
      { header: 'E-Mail', field: 'email' },
      { header: 'Position', field: 'title' },
      { header: 'Notiz', field: null },
    ]);
    expect(second.counts).toEqual({ rows: 3, create: 1, update: 1, unchanged: 1, skip: 0 });
    expect(
      rows(
        `SELECT s.name, s.title, s.external_id, a.name AS account FROM stakeholders s
           JOIN accounts a ON a.id = s.account_id ORDER BY s.external_id`,
      ),
    ).toEqual([
      {
        name: 'Jürgen Müller',
        title: 'Einkaufsleitung',
        external_id: 'file:K-1',
        account: 'Contoso Pharma',
      },
      {
        name: 'Petra Schmidt',
        title: 'IT-Leitung',
        external_id: 'file:K-2',
        account: 'Contoso Pharma',
      },
      {
        name: 'Ola Nordmann',
        title: 'CFO',
        external_id: 'file:K-3',
        account: 'Northwind Logistics',
      },
    ]);

    // What the command line says wins, and is what is remembered next.
    const third = json(
      (await cli('import', 'contacts', february, '--map', 'Position=', '--dry-run', '--json')).out,
    );
    expect(third.columns.find((c) => c.header === 'Position')?.field).toBeNull();
    expect(third.counts).toMatchObject({ create: 0, update: 0, unchanged: 3 });
    // A dry run remembers nothing: the title column is still mapped for the next import.
    const fourth = json((await cli('import', 'contacts', february, '--dry-run', '--json')).out);
    expect(fourth.columns.find((c) => c.header === 'Position')?.field).toBe('title');
  });
});
