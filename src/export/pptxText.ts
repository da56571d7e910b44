/**
 * Choosing text sizes so a line fits where it is drawn, in PowerPoint, LibreOffice and WPS alike:
 * those programs measure with whatever font they have, so the estimate is generous — a wide (CJK)
 * character is a full em, a Latin letter or digit as wide as the widest fallback's (DejaVu Sans
 * Bold's digits are 0.7 em), and Chinese next to Latin gets the space LibreOffice and WPS put
 * between the two scripts (2027 年 5 月 23 日).
 */

/** Display width of a text in characters, wide (CJK) ones counting two. */
export const textWidth = (text: string) => [...text].reduce((n, c) => n + (isWide(c) ? 2 : 1), 0);

const isWide = (c: string) => c.charCodeAt(0) > 0x2e80;

/** Space and the thin punctuation between figures: about half a letter. */
const THIN = /[\s,.:;'!|]/;
/** Added where a wide character meets a narrow one that is not a space. */
const SCRIPT_GAP = 0.25;

/** The text's width in ems, bold, in the widest font a program may set it in. */
export function textEms(text: string): number {
  let ems = 0;
  let previous = '';
  for (const c of text) {
    ems += isWide(c) ? 1 : THIN.test(c) ? 0.35 : 0.7;
    if (previous && !/\s/.test(previous) && !/\s/.test(c) && isWide(previous) !== isWide(c))
      ems += SCRIPT_GAP;
    previous = c;
  }
  return ems;
}

/**
 * The largest whole font size from `max` down to `min` at which the text fits on one line of
 * `widthPt` points; `min` when even that does not fit (the box then shrinks it on overflow).
 */
export function fitFontSize(text: string, widthPt: number, max: number, min: number): number {
  const ems = textEms(text);
  if (ems === 0) return max;
  return Math.max(min, Math.min(max, Math.floor(widthPt / ems)));
}
