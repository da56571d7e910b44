import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateText } from './dateText';
import { createFormatter } from './formatters';

const en = createFormatter('en');
const zh = createFormatter('zh-CN');

describe('parseDateText', () => {
  it('reads ISO, slashes and the Chinese way of writing a day', () => {
    expect(parseDateText('2026-12-07')).toBe('2026-12-07');
    expect(parseDateText(' 2026/12/7 ')).toBe('2026-12-07');
    expect(parseDateText('2026.1.5')).toBe('2026-01-05');
    expect(parseDateText('2026年12月7日')).toBe('2026-12-07');
    expect(parseDateText('2026 年 1 月 5 号')).toBe('2026-01-05');
    expect(parseDateText('２０２６－１２－０７')).toBe('2026-12-07');
  });

  it('reads English month names, abbreviated or not, month or day first', () => {
    expect(parseDateText('Dec 7, 2026')).toBe('2026-12-07');
    expect(parseDateText('december 7 2026')).toBe('2026-12-07');
    expect(parseDateText('Sept. 30, 2026')).toBe('2026-09-30');
    expect(parseDateText('7 Dec 2026')).toBe('2026-12-07');
    expect(parseDateText('1st March 2027')).toBe('2027-03-01');
  });

  it('refuses what is not one day: partial years, impossible days, ambiguous numbers', () => {
    for (const text of [
      '',
      '2',
      '2026',
      '0026-01-15',
      '2026-13-01',
      '2026-02-29',
      '2026-02-30',
      '2026-12',
      '2026年12月',
      '03/04/2026',
      '12/7/2026',
      'Dex 7, 2026',
      'Ma 7, 2026',
      'Dec 7, 26',
      '2026-12/07',
    ])
      expect(parseDateText(text), text).toBeNull();
    expect(parseDateText('2028-02-29')).toBe('2028-02-29');
  });

  it('while typing, acts only on text nothing more could be typed into', () => {
    const typed = '2026-01-15';
    const seen = [...typed].map((_, i) => parseDateText(typed.slice(0, i + 1), 'typing'));
    // "2026-01-1" is a day, but the user is still typing the day: no date until the last key.
    expect(seen.slice(0, -1).every((v) => v === null)).toBe(true);
    expect(seen.at(-1)).toBe('2026-01-15');
    expect(parseDateText('2026-1-5', 'typing')).toBeNull();
    expect(parseDateText('2026-1-5', 'done')).toBe('2026-01-05');
    expect(parseDateText('2026年1月5', 'typing')).toBeNull();
    expect(parseDateText('2026年1月5日', 'typing')).toBe('2026-01-05');
    expect(parseDateText('Jan 5, 202', 'typing')).toBeNull();
    expect(parseDateText('Jan 5, 2026', 'typing')).toBe('2026-01-05');
  });

  it('reads back every day as each language writes it', () => {
    expect(en.date('2026-12-07')).toBe('Dec 7, 2026');
    expect(zh.date('2026-12-07')).toBe('2026年12月7日');
    const day = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z') })
      .filter((d) => !Number.isNaN(d.getTime()))
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (iso) => {
        expect(parseDateText(en.date(iso))).toBe(iso);
        expect(parseDateText(zh.date(iso))).toBe(iso);
        expect(parseDateText(en.date(iso), 'typing')).toBe(iso);
        expect(parseDateText(zh.date(iso), 'typing')).toBe(iso);
        expect(parseDateText(iso, 'typing')).toBe(iso);
      }),
    );
  });
});
