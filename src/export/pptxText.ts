/**
 * Choosing text sizes so a line fits where it is drawn, in PowerPoint, LibreOffice and WPS alike:
 * those programs measure with whatever font they have, so the estimate is generous — a wide (CJK)
 * character is a full em, anything else most of one.
 */

/** Display width of a text in characters, wide (CJK) ones counting two. */
export const textWidth = (text: string) => [...text].reduce((n, c) => n + (isWide(c) ? 2 : 1), 0);

const isWide = (c: string) => c.charCodeAt(0) > 0x2e80;

/** The text's width in ems: a wide character 1, a narrow one 0.6 (digits and capitals of most fonts). */
export const textEms = (text: string) => [...text].reduce((n, c) => n + (isWide(c) ? 1 : 0.6), 0);

/**
 * The largest whole font size from `max` down to `min` at which the text fits on one line of
 * `widthPt` points; `min` when even that does not fit (the box then shrinks it on overflow).
 */
export function fitFontSize(text: string, widthPt: number, max: number, min: number): number {
  const ems = textEms(text);
  if (ems === 0) return max;
  return Math.max(min, Math.min(max, Math.floor(widthPt / ems)));
}
