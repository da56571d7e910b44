/**
 * Makes each chart's embedded workbook (what PowerPoint and LibreOffice show under Edit Data)
 * hold the numbers the chart draws. pptxgenjs writes `values[i] || ''` into the workbook, so every
 * 0 becomes an empty cell — a ticket count of 0 or a module at 0 % vanishes when the user edits
 * the data. The chart part's own number caches are right, so they are copied into the cells they
 * name; a cell left empty with no number behind it is written as a blank cell.
 */
import JSZip from 'jszip';

const SERIES_VALUES =
  /<c:val>\s*<c:numRef>\s*<c:f>([^<]*)<\/c:f>\s*<c:numCache>([\s\S]*?)<\/c:numCache>/g;
const POINT = /<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>\s*<\/c:pt>/g;
const RANGE = /^(?:'?[^!]*'?!)?\$?([A-Z]+)\$?(\d+)(?::\$?[A-Z]+\$?\d+)?$/;
const EMPTY_VALUE_CELL = /<c r="([A-Z]+\d+)"((?:\s+[a-z]+="[^"]*")*)>\s*<v>\s*<\/v>\s*<\/c>/g;

/** Cell reference → number, for every value the chart part's series caches hold. */
export function chartCacheCells(chartXml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [, ref = '', cache = ''] of chartXml.matchAll(SERIES_VALUES)) {
    const start = RANGE.exec(ref.trim());
    if (!start) continue;
    const [, column = '', row = ''] = start;
    for (const [, idx = '', value = ''] of cache.matchAll(POINT))
      if (value.trim() !== '') cells.set(`${column}${Number(row) + Number(idx)}`, value.trim());
  }
  return cells;
}

/** The worksheet with every empty value cell given its number from the chart, or left blank. */
export function fillEmptyCells(sheetXml: string, cells: ReadonlyMap<string, string>): string {
  return sheetXml.replace(EMPTY_VALUE_CELL, (_, ref: string, attrs: string) => {
    const value = cells.get(ref);
    const kept = attrs.replace(/\s+t="[^"]*"/, '');
    return value === undefined
      ? `<c r="${ref}"${kept}/>`
      : `<c r="${ref}"${kept}><v>${value}</v></c>`;
  });
}

/** The embedded workbook a chart part points at (`../embeddings/…xlsx`), as a package path. */
function embeddedWorkbook(relsXml: string): string | null {
  const target = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(relsXml)?.[1];
  return target ? `ppt/embeddings/${target}` : null;
}

/** Repairs the embedded workbook of one chart part in place, if it has one. */
export async function repairChartWorkbook(
  zip: JSZip,
  chartPath: string,
  chartXml: string,
): Promise<void> {
  const rels = zip.file(chartPath.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels'));
  const path = rels ? embeddedWorkbook(await rels.async('string')) : null;
  const file = path ? zip.file(path) : null;
  if (!path || !file) return;
  const book = await JSZip.loadAsync(await file.async('uint8array'));
  const sheet = book.file('xl/worksheets/sheet1.xml');
  if (!sheet) return;
  const xml = await sheet.async('string');
  const fixed = fillEmptyCells(xml, chartCacheCells(chartXml));
  if (fixed === xml) return;
  book.file('xl/worksheets/sheet1.xml', fixed);
  zip.file(path, await book.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
