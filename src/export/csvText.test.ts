import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvText, CsvNumber, neutraliseFormula } from './csvText';

const cells = (text: string) => (parse(text, { bom: true }) as string[][])[0];

describe('CSV text', () => {
  it('writes text that a spreadsheet would run as a formula with a leading apostrophe', () => {
    const planted = [
      '=HYPERLINK(A1&B1,"Renew")',
      '+1+cmd|" /C calc"!A0',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=1+1',
      '\n=1+1',
      '\0=1',
    ];
    for (const text of planted) expect(neutraliseFormula(text)).toBe(`'${text}`);
    // Read back by a CSV parser, each cell is the apostrophe and the text, nothing lost.
    expect(cells(csvText([planted]))).toEqual(planted.map((t) => `'${t}`));
  });

  it('leaves other text as it is, formula characters inside included', () => {
    for (const text of ['Acme = Corp', 'a+b', 'x-1', 'ann@acme', '星河科技', "'quoted", ''])
      expect(neutraliseFormula(text)).toBe(text);
    expect(csvText([['Acme, Inc.', 'say "hi"', ' padded ']])).toBe(
      '\uFEFF"Acme, Inc.","say ""hi"""," padded "\r\n',
    );
  });

  it('keeps number cells numbers, negative ones included', () => {
    const text = csvText([
      [CsvNumber.of(-120.5, 2), CsvNumber.of(-7), -3, CsvNumber.of(12.5, undefined, '%'), null],
    ]);
    expect(text).toBe('\uFEFF-120.50,-7,-3,12.5%,\r\n');
    // The same characters typed as text are neutralised: only number cells may start with '-'.
    expect(csvText([['-120.50']])).toBe("\uFEFF'-120.50\r\n");
  });
});
