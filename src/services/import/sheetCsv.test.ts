import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, sheetCsv } from './sheetCsv';

describe('cellText', () => {
  it('writes each kind of cell as the sheet shows it', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(1234.5)).toBe('1234.5');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(8613800138000)).toBe('8613800138000');
    expect(cellText(1e21)).toBe('1000000000000000000000');
    expect(cellText(true)).toBe('true');
    expect(cellText(new Date('2026-11-01T00:00:00Z'))).toBe('2026-11-01');
    expect(cellText({ richText: [{ text: '李' }, { text: '伟' }] })).toBe('李伟');
    expect(cellText({ text: 'a@b.example', hyperlink: 'mailto:a@b.example' })).toBe('a@b.example');
    expect(cellText({ formula: 'A1*2', result: 240 })).toBe('240');
    expect(cellText({ formula: 'TODAY()', result: new Date('2026-11-22T00:00:00Z') })).toBe(
      '2026-11-22',
    );
    expect(cellText({ formula: '1/0', result: { error: '#DIV/0!' } })).toBe('');
    expect(cellText({ error: '#N/A' })).toBe('');
  });

  it('marks text a CSV would take for a formula', () => {
    expect(cellText('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(cellText('- Follow up')).toBe("'- Follow up");
    expect(cellText('-5')).toBe('-5');
    expect(cellText('+1 206 555 0100')).toBe('+1 206 555 0100');
  });
});

describe('sheetCsv', () => {
  it('writes one record per row, as wide as the widest, and knows the row of each line', () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Accounts');
    sheet.getCell('A1').value = 'Report';
    sheet.mergeCells('A1:C1');
    sheet.addRow(['Name', 'Notes', 'Tags']);
    sheet.addRow(['Fabrikam, Inc.', 'two\nlines', 'a;b']);
    sheet.addRow(['Contoso', 'say "hi"']);
    const csv = sheetCsv(sheet);
    expect(Buffer.from(csv.bytes).toString('utf8')).toBe(
      '\ufeffReport,,\r\nName,Notes,Tags\r\n"Fabrikam, Inc.","two\nlines","a;b"\r\nContoso,"say ""hi""",\r\n',
    );
    expect([1, 2, 3, 5].map(csv.rowOfLine)).toEqual([1, 2, 3, 4]);
  });
});
