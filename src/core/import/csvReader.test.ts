import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CsvError,
  CsvReader,
  MAX_CELL_LENGTH,
  MAX_CELLS_PER_ROW,
  sniffDelimiter,
  type CsvRow,
  type Delimiter,
} from './csvReader';
import { detectEncoding, TextChunkDecoder } from './decodeText';
import { findHeaderRow } from './headerRow';

/** Reads `text` in chunks of the given sizes (cycled). */
const read = (
  text: string,
  delimiter: Delimiter = ',',
  sizes: readonly number[] = [text.length],
) => {
  const reader = new CsvReader(delimiter);
  const rows: CsvRow[] = [];
  for (let at = 0, k = 0; at < text.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length] ?? 1);
    rows.push(...reader.push(text.slice(at, at + size)));
    at += size;
  }
  return [...rows, ...reader.end()];
};
const cellsOf = (rows: CsvRow[]) => rows.map((r) => r.cells);
/** Line breaks in a cell as the file counts them: \r\n is one. */
const lineBreaks = (cell: string) => cell.replaceAll('\r\n', '\n').match(/[\r\n]/g)?.length ?? 0;
const csvError = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected a CsvError');
};

// Every trap at once: quoted delimiters and line ends, doubled quotes, \r\n and lone \r and \n,
// an empty line, a row of empty cells, and a last line without a line end.
const TRICKY =
  'name,notes\r\n"Acme, Inc.","line 1\r\nline ""2"""\r\n\r\nBeta,\rGamma,"x\ny"\n,,\nDelta,""';
const TRICKY_ROWS: CsvRow[] = [
  { line: 1, cells: ['name', 'notes'] },
  { line: 2, cells: ['Acme, Inc.', 'line 1\r\nline "2"'] },
  { line: 5, cells: ['Beta', ''] },
  { line: 6, cells: ['Gamma', 'x\ny'] },
  { line: 8, cells: ['', '', ''] },
  { line: 9, cells: ['Delta', ''] },
];

describe('CsvReader', () => {
  it('reads quoted fields, every kind of line end, and counts lines', () => {
    expect(read(TRICKY)).toEqual(TRICKY_ROWS);
  });

  it('gives the same rows wherever the chunks are cut', () => {
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      expect(read(TRICKY, ',', [cut, TRICKY.length])).toEqual(TRICKY_ROWS);
    }
    for (let size = 1; size <= 8; size++) expect(read(TRICKY, ',', [size])).toEqual(TRICKY_ROWS);
  });

  it('returns rows as soon as their line ends', () => {
    const reader = new CsvReader(';');
    expect(reader.push('a;b\nc;')).toEqual([{ line: 1, cells: ['a', 'b'] }]);
    expect(reader.push('"d\n')).toEqual([]);
    expect(reader.push('e"\r')).toEqual([{ line: 2, cells: ['c', 'd\ne'] }]);
    expect(reader.push('\nf')).toEqual([]); // the \n belongs to the \r before it
    expect(reader.end()).toEqual([{ line: 4, cells: ['f'] }]);
  });

  it('skips empty lines but counts them, and keeps a line of empty cells', () => {
    expect(read('\n\r\n\ra\n\n,\n')).toEqual([
      { line: 4, cells: ['a'] },
      { line: 6, cells: ['', ''] },
    ]);
    expect(read('""\n')).toEqual([{ line: 1, cells: [''] }]);
    expect(read('a,\n')).toEqual([{ line: 1, cells: ['a', ''] }]);
    expect(read('a,')).toEqual([{ line: 1, cells: ['a', ''] }]);
    expect(read('')).toEqual([]);
  });

  it('is lenient with quotes the way Excel is', () => {
    expect(cellsOf(read('ab"c,"x"y,"1""2"3\n'))).toEqual([['ab"c', 'xy', '1"23']]);
    expect(cellsOf(read(' "a" ,b'))).toEqual([[' "a" ', 'b']]);
  });

  it('reads semicolons and tabs, leaving the other delimiters in the cells', () => {
    expect(cellsOf(read('a;b,c\tx;"d;e"', ';'))).toEqual([['a', 'b,c\tx', 'd;e']]);
    expect(cellsOf(read('a;b,c\t"d\te"', '\t'))).toEqual([['a;b,c', 'd\te']]);
  });

  it('refuses a quote that never closes, at the line where it opens', () => {
    const error = csvError(() => read('a,b\nc,"d\ne,f\n', ',', [3]));
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({ problem: 'unclosedQuote', line: 2 });
  });

  it('refuses more than 1,000 cells in a row', () => {
    const row = (cells: number) => `${'x,'.repeat(cells - 1)}x\n`;
    expect(read(row(MAX_CELLS_PER_ROW))[0]?.cells).toHaveLength(1_000);
    expect(csvError(() => read(`a\nb\n${row(MAX_CELLS_PER_ROW + 1)}`, ',', [100]))).toMatchObject({
      problem: 'tooManyColumns',
      line: 3,
    });
    expect(csvError(() => read(','.repeat(MAX_CELLS_PER_ROW)))).toMatchObject({
      problem: 'tooManyColumns',
    });
  });

  it('refuses a cell of more than 100,000 characters, also across chunks', () => {
    const long = 'x'.repeat(MAX_CELL_LENGTH);
    expect(read(`a,${long}\n`)[0]?.cells[1]).toHaveLength(100_000);
    expect(read(`"${long.slice(1)}"""`, ',', [999])[0]?.cells[0]).toHaveLength(100_000);
    for (const cell of [`${long}x`, `"${long}x"`, `"${long}"""`]) {
      expect(csvError(() => read(`a\n\nb,${cell}\n`, ',', [4_096]))).toMatchObject({
        problem: 'cellTooLong',
        line: 3,
      });
    }
    // An unclosed quote runs into the limit long before the end of a large file.
    const runaway = `a\n"b,c\n${'d,e\n'.repeat(30_000)}`;
    expect(csvError(() => read(runaway, ',', [65_536]))).toMatchObject({
      problem: 'cellTooLong',
      line: 2,
    });
  });

  it('reads back any table written as CSV, in any chunks, with its line numbers', () => {
    const cell = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        ' ',
        '"',
        ',',
        ';',
        '\t',
        '\n',
        '\r\n',
        '\r',
        '客',
        '户',
        '😀',
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom<Delimiter>(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.integer({ min: 1, max: 11 }), { minLength: 1, maxLength: 5 }),
        (table, delimiter, lineEnd, sizes) => {
          const lines = table.map(
            (cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(delimiter) + lineEnd,
          );
          const rows = read(lines.join(''), delimiter, sizes);
          expect(cellsOf(rows)).toEqual(table);
          let line = 1;
          table.forEach((cells, i) => {
            expect(rows[i]?.line).toBe(line);
            line += cells.reduce((n, c) => n + lineBreaks(c), 1);
          });
        },
      ),
    );
  });

  it('reads 100,000 rows without holding them', () => {
    const reader = new CsvReader(',');
    const chunk = 'Acme Inc,Ann,1200.50,2027-01-01,80,"a ""b"", c",x,y,z,w\n'.repeat(1_000);
    let rows = 0;
    let notTen = 0;
    let lastLine = 0;
    for (let k = 0; k < 100; k++) {
      for (const row of reader.push(chunk)) {
        rows++;
        lastLine = row.line;
        if (row.cells.length !== 10) notTen++;
      }
    }
    expect(reader.end()).toEqual([]);
    expect({ rows, notTen, lastLine }).toEqual({ rows: 100_000, notTen: 0, lastLine: 100_000 });
  });
});

describe('sniffDelimiter', () => {
  it('picks the delimiter that gives the same number of cells on most lines', () => {
    expect(sniffDelimiter('name,owner,arr\nAcme,Ann,1200\n')).toBe(',');
    expect(sniffDelimiter('Name;ARR;Note\nAcme;1,5;x\nBeta;2,25;y, z\n')).toBe(';');
    expect(sniffDelimiter('Name\tARR\nAcme, Inc.\t1;5\nBeta\t2\n')).toBe('\t');
  });

  it('counts only delimiters outside quotes', () => {
    expect(sniffDelimiter('"a;b";"c,d"\n"e,f";"g,h"\n"i";"j"\n')).toBe(';');
    expect(sniffDelimiter('a;b\n"1,2,3\n4,5,6\n7,8,9";x\n')).toBe(';');
  });

  it('looks past title lines, and ignores a last line that may be cut', () => {
    const sample = 'Account report\nGenerated 2026-11-01\n\nName;Owner;ARR\nAcme;Ann;1,5\nBeta;B';
    expect(sniffDelimiter(sample)).toBe(';');
    expect(sniffDelimiter('a;b\nc;d\ne,f,g,h,i,j,k,l')).toBe(';');
  });

  it('prefers comma, then semicolon, on a tie, and comma for one column', () => {
    expect(sniffDelimiter('a,b;c\nd,e;f\n')).toBe(',');
    expect(sniffDelimiter('a;b\tc\nd;e\tf\n')).toBe(';');
    expect(sniffDelimiter('name\nAcme\nBeta\n')).toBe(',');
    expect(sniffDelimiter('')).toBe(',');
    expect(sniffDelimiter('a;b;c')).toBe(';'); // a one-line sample counts its last line
  });

  it('finds the delimiter of any table of at least two columns written as CSV', () => {
    // Cells hold the delimiter, quotes and line ends, but not the other candidates (which could
    // legitimately win a vote): this checks that quoted text does not count.
    const table = (delimiter: Delimiter) => {
      const cell = fc.string({ unit: fc.constantFrom('a', '"', delimiter, '\n'), maxLength: 5 });
      return fc
        .integer({ min: 2, max: 5 })
        .chain((width) =>
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1 }),
        );
    };
    fc.assert(
      fc.property(
        fc
          .constantFrom<Delimiter>(',', ';', '\t')
          .chain((delimiter) => fc.tuple(fc.constant(delimiter), table(delimiter))),
        ([delimiter, rows]) => {
          const csv = rows
            .map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(delimiter))
            .join('\n');
          expect(sniffDelimiter(`${csv}\n`)).toBe(delimiter);
        },
      ),
    );
  });
});

describe('reading a GB18030 Excel export end to end', () => {
  const bytesOf = (...parts: (string | number[])[]) =>
    Uint8Array.from(
      parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)),
    );
  const NAME = [0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6]; // 客户名称 in GB18030
  // Only ASCII besides NAME, so the bytes are GB18030 by construction.
  const file = bytesOf(
    'Renewals report;;\r\n;;\r\n',
    NAME,
    ';Owner;Notes\r\n',
    'Acme;Ann;"First line\r\nsecond; with ""quotes"""\r\n',
    NAME,
    ';Bob;plain',
  );

  const pipeline = (chunk: number): CsvRow[] => {
    const detection = detectEncoding(file.subarray(0, 40), false);
    expect(detection).toEqual({
      ok: true,
      choice: { encoding: 'gb18030', bom: false, reason: 'gb18030Valid' },
    });
    if (!detection.ok) return [];
    const decoder = new TextChunkDecoder(detection.choice);
    let reader: CsvReader | undefined;
    let head = '';
    const rows: CsvRow[] = [];
    for (let at = 0; at < file.length; at += chunk) {
      const text = decoder.push(file.subarray(at, at + chunk));
      if (reader) rows.push(...reader.push(text));
      else {
        // Hold text back until there are a few lines to pick the delimiter from.
        head += text;
        if (head.split('\n').length < 4) continue;
        reader = new CsvReader(sniffDelimiter(head));
        rows.push(...reader.push(head));
      }
    }
    if (!reader) throw new Error('no delimiter picked');
    return [...rows, ...reader.push(decoder.end()), ...reader.end()];
  };

  it('detects, decodes, sniffs and parses it in chunks of 7 bytes (or any other size)', () => {
    // Every size but 64 cuts a two-byte character: 7 cuts 名 (C3 FB) of the first 客户名称 in two.
    for (const chunk of [7, 1, 2, 3, 5, 64]) {
      const rows = pipeline(chunk);
      expect(rows).toEqual([
        { line: 1, cells: ['Renewals report', '', ''] },
        { line: 2, cells: ['', '', ''] },
        { line: 3, cells: ['客户名称', 'Owner', 'Notes'] },
        { line: 4, cells: ['Acme', 'Ann', 'First line\r\nsecond; with "quotes"'] },
        { line: 6, cells: ['客户名称', 'Bob', 'plain'] },
      ]);
      expect(findHeaderRow(cellsOf(rows))).toBe(2);
    }
  });
});
