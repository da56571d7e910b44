import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHeaderRow } from './headerRow';

const csv = (text: string): string[][] => text.split('\n').map((line) => line.split(','));

describe('findHeaderRow', () => {
  it('is 0 for a plain file', () => {
    expect(findHeaderRow(csv('Name,Owner,ARR\nAcme,Ann,1200\nBeta,Bob,900'))).toBe(0);
  });

  it('skips two title lines and a blank line, with and without Excel padding', () => {
    const plain =
      'Account report\nGenerated 2026-11-01\n\nName,Owner,ARR\nAcme,Ann,1200\nBeta,Bob,900';
    expect(findHeaderRow(csv(plain))).toBe(3);
    const padded = 'Account report,,\nGenerated 2026-11-01,,\n,,\nName,Owner,ARR\nAcme,Ann,1200';
    expect(findHeaderRow(csv(padded))).toBe(3);
    // CsvReader drops empty lines, so the same file may come without the blank row.
    expect(findHeaderRow([['Account report'], ['Generated 2026-11-01'], ...csv('a,b\n1,2')])).toBe(
      2,
    );
  });

  it('skips a Chinese title row', () => {
    const rows = csv(
      '客户清单（2026年11月）\n客户名称,负责人,年度经常性收入,续约日期\n星辰科技,王芳,120000,2027-03-31\n',
    );
    expect(findHeaderRow(rows)).toBe(1);
  });

  it('skips a title with two cells when wider rows follow it', () => {
    const rows = csv('Report,2026-11-01\nName,Owner,ARR,Renewal\nAcme,Ann,1200,2027-01-01');
    expect(findHeaderRow(rows)).toBe(1);
    const padded = csv('Report,2026-11-01,,\nName,Owner,ARR,Renewal\nAcme,Ann,1200,2027-01-01');
    expect(findHeaderRow(padded)).toBe(1);
  });

  it('skips a row with two cells far apart, which is mostly empty', () => {
    const rows = csv('Report,,,,,2026-11-01\nName,Owner,ARR,Renewal,Health,Updated\n1,2,3,4,5,6');
    expect(findHeaderRow(rows)).toBe(1);
  });

  it('ignores the empty cells Excel pads a narrow table with', () => {
    const rows = csv('Accounts,,,,,\nName,Owner,,,,\nAcme,Ann,,,,\nBeta,Bob,,,,');
    expect(findHeaderRow(rows)).toBe(1);
  });

  it('accepts a header whose data rows leave some trailing cells empty', () => {
    const rows = csv('Title\nName,Owner,ARR,Renewal\nAcme,Ann,,\nBeta,Bob,900,\nGamma,Cy,1,2027');
    expect(findHeaderRow(rows)).toBe(1);
  });

  it('takes a header with no rows after it, and a header with an unnamed first column', () => {
    expect(findHeaderRow(csv('Account report\nName,Owner'))).toBe(1);
    expect(findHeaderRow(csv(',Name,Owner\n1,Acme,Ann\n2,Beta,Bob'))).toBe(0);
  });

  it('is 0 when no row looks like a header', () => {
    expect(findHeaderRow([])).toBe(0);
    expect(findHeaderRow(csv('only\none\ncolumn'))).toBe(0);
    expect(findHeaderRow(csv('a,,,\n,b,,\n,,c,'))).toBe(0);
  });

  it('prefers a row with two known headers over the shape rule', () => {
    // A two-cell subtitle followed by two-cell rows has the shape of a header.
    const rows = csv('Report,2026-11-01\nOwner:,Ann\n客户名称,ARR\nAcme,1200');
    expect(findHeaderRow(rows)).toBe(0);
    const known = new Set(['客户名称', 'ARR']);
    const seen: string[] = [];
    const isKnown = (cell: string) => {
      seen.push(cell);
      return known.has(cell);
    };
    expect(findHeaderRow(rows, isKnown)).toBe(2);
    expect(findHeaderRow(csv('x\n 客户名称 , ARR\n1,2'), isKnown)).toBe(1); // gets trimmed cells
    expect(seen).not.toContain(' 客户名称 ');
  });

  it('falls back to the shape rule when fewer than two cells are known', () => {
    const rows = csv('Title\nName,Owner,ARR\nARR,1,2');
    expect(findHeaderRow(rows, (cell) => cell === 'ARR')).toBe(1);
  });

  it('finds the header under any number of title and blank rows', () => {
    const filled = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((width) =>
          fc.tuple(
            fc.constant(width),
            fc.array(fc.array(filled, { minLength: width, maxLength: width }), {
              minLength: 1,
              maxLength: 6,
            }),
          ),
        ),
        fc.array(fc.option(filled, { nil: '' }), { maxLength: 6 }),
        fc.boolean(),
        ([width, table], titles, padded) => {
          // A title row has at most one filled cell; Excel pads it to the width of the sheet.
          const titleRows = titles.map((t) =>
            padded ? [t, ...Array<string>(width - 1).fill('')] : t === '' ? [] : [t],
          );
          expect(findHeaderRow([...titleRows, ...table])).toBe(titleRows.length);
        },
      ),
    );
  });
});
