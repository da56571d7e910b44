/**
 * Makes pptxgenjs' charts valid OOXML so PowerPoint opens the deck without a repair prompt:
 * pptxgenjs 4 declares a third axis id on every 2D bar and line chart with no axis behind it,
 * and writes a missing value as an empty number. Both are removed from each chart part.
 */
import JSZip from 'jszip';

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

export async function repairPptx(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const charts = Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
  for (const name of charts) {
    const file = zip.file(name);
    if (!file) continue;
    zip.file(name, repairChartXml(await file.async('string')));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
