import { describe, expect, it } from 'vitest';
import { looksLikeFormula, readCell } from './cellValues';
import { importField } from './importEntities';

const ctx = { lang: 'en' as const, currency: 'USD', dateOrder: null };

describe('cells a spreadsheet would run as formulas', () => {
  it('are told from numbers, phone numbers and text', () => {
    const formulas = [
      "=cmd|' /C calc'!A0",
      '+SUM(A1:A9)',
      '@x',
      '-2+3',
      "-2+3+cmd|' /C calc'!A0",
      '- Draft the plan',
      '+A1',
      '\t=1+1',
      '\n=1+1',
      '\0=1',
    ];
    for (const text of formulas) expect(looksLikeFormula(text), JSON.stringify(text)).toBe(true);
    const plain = [
      '-5',
      '+1 206 555 0110',
      '+1 (512) 555-0112 ext 7',
      '+86 138 0013 8000',
      '-12.50',
      'Acme = Corp',
      'a+b',
      "'=quoted",
      '赵磊',
    ];
    for (const text of plain) expect(looksLikeFormula(text), text).toBe(false);
  });

  it('are refused where they would be stored: after trimming, and as an item of a list', () => {
    const title = importField('stakeholders', 'title')!;
    const modules = importField('contracts', 'modules')!;
    expect(readCell(title, '  =1+1', ctx)).toEqual({ ok: false, problem: 'formula' });
    expect(readCell(title, '\n@SUM(A1)', ctx)).toEqual({ ok: false, problem: 'formula' });
    expect(readCell(modules, 'SSO;=HYPERLINK("x")', ctx)).toEqual({
      ok: false,
      problem: 'formula',
    });
    expect(readCell(modules, 'SSO；API;报表', ctx)).toEqual({
      ok: true,
      value: ['SSO', 'API', '报表'],
    });
    // Marked as text by a spreadsheet, a formula-looking list is the text after the mark.
    expect(readCell(modules, "'=SSO;API", ctx)).toEqual({ ok: true, value: ['=SSO', 'API'] });
  });
});
