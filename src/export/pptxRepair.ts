/**
 * Makes pptxgenjs' output valid OOXML that PowerPoint and LibreOffice show as meant: pptxgenjs 4
 * declares a third axis id on every 2D bar and line chart with no axis behind it, and writes a
 * missing value as an empty number — both are removed from each chart part; each chart's embedded
 * workbook gets back the zeros pptxgenjs drops (see pptxChartData); and the theme names the
 * East Asian font, which pptxgenjs leaves empty, so Chinese text is not set in a guessed font.
 */
import JSZip from 'jszip';
import { repairChartWorkbook } from './pptxChartData';

const AXIS_DEFINITION = /<c:(?:catAx|valAx|dateAx|serAx)>\s*<c:axId val="(\d+)"\s*\/>/g;
const AXIS_REFERENCE = /<c:axId val="(\d+)"\s*\/>/g;
const EMPTY_POINT = /<c:pt idx="\d+">\s*<c:v>\s*<\/c:v>\s*<\/c:pt>/g;

/** One chart part's XML without dangling axis references or empty points. */
export function repairChartXml(xml: string): string {
  const defined = new Set([...xml.matchAll(AXIS_DEFINITION)].map((m) => m[1]));
  return xml
    .replace(AXIS_REFERENCE, (tag, id: string) => (defined.has(id) ? tag : ''))
    .replace(EMPTY_POINT, '');
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The theme with `font` as its East Asian font (heading and body) and as the font for simplified
 * Chinese script, which Office uses when a run names no East Asian font of its own.
 */
export function themeWithEastAsianFont(xml: string, font: string): string {
  const typeface = `typeface="${escapeXml(font)}"`;
  return xml
    .replace(/<a:ea typeface="[^"]*"\s*\/>/g, `<a:ea ${typeface}/>`)
    .replace(
      /<a:font script="Hans" typeface="[^"]*"\s*\/>/g,
      `<a:font script="Hans" ${typeface}/>`,
    );
}

export interface RepairOptions {
  /** The East Asian font the theme names. */
  eastAsianFont?: string;
}

export async function repairPptx(bytes: Uint8Array, options: RepairOptions = {}): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  for (const name of names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))) {
    const file = zip.file(name);
    if (!file) continue;
    const xml = repairChartXml(await file.async('string'));
    zip.file(name, xml);
    await repairChartWorkbook(zip, name, xml);
  }
  const font = options.eastAsianFont;
  if (font)
    for (const name of names.filter((n) => /^ppt\/theme\/theme\d+\.xml$/.test(n))) {
      const file = zip.file(name);
      if (file) zip.file(name, themeWithEastAsianFont(await file.async('string'), font));
    }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
