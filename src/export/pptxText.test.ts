import { describe, expect, it } from 'vitest';
import { fitFontSize, textEms } from './pptxText';

/** A KPI card's line on the wide layout, in points (four cards to a row). */
const CARD_LINE = 182.8;

describe('text sizes that fit', () => {
  it('sizes a Chinese date so it fits as LibreOffice sets it, bold digits and the gaps between scripts', () => {
    // Measured in LibreOffice's PDF: DejaVu Sans Bold digits 0.696 em, a CJK character 1 em, and
    // about 0.2 em where a digit meets a Chinese character (2027 年 5 月 23 日).
    const size = fitFontSize('2027年5月23日', CARD_LINE, 24, 11);
    expect((7 * 0.696 + 3 + 5 * 0.2) * size).toBeLessThanOrEqual(CARD_LINE);
    expect(size).toBeGreaterThanOrEqual(18);
  });

  it('keeps an English date or an amount at full size, and counts no gap at a space', () => {
    expect(fitFontSize('Mar 30, 2027', CARD_LINE, 24, 11)).toBe(24);
    expect(fitFontSize('¥1,097,928', CARD_LINE, 24, 11)).toBe(24);
    expect(textEms('共 73 个')).toBe(textEms('共') + textEms(' 73 ') + textEms('个'));
    expect(textEms('共73个')).toBeGreaterThan(textEms('共') + textEms('73') + textEms('个'));
  });
});
