/**
 * Writes the hidden, sheet-local `_xlnm._FilterDatabase` name for each sheet with an autofilter.
 * Excel rebuilds it when missing, but LibreOffice reads the filter's range from it and drops the
 * filter buttons without it; exceljs writes the autofilter and not the name.
 */
import JSZip from 'jszip';

const SHEET = /<sheet\b[^>]*\br:id="([^"]+)"[^>]*\/>/g;
const SHEET_NAME = /\bname="([^"]*)"/;
const AUTO_FILTER = /<autoFilter\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/;

/** `'My sheet'!$A$1:$D$9` from the sheet's name as the workbook writes it (XML-escaped). */
function filterRange(xmlName: string, [c1, r1, c2, r2]: string[]): string {
  return `'${xmlName.replace(/&apos;|'/g, "''")}'!$${c1}$${r1}:$${c2}$${r2}`;
}

/** The workbook part with a filter name for each sheet whose part has an autofilter. */
export function workbookWithFilterNames(
  workbookXml: string,
  filterRefs: ReadonlyMap<string, string[]>,
): string {
  const names: string[] = [];
  let index = 0;
  for (const [tag, rid = ''] of workbookXml.matchAll(SHEET)) {
    const ref = filterRefs.get(rid);
    const name = SHEET_NAME.exec(tag)?.[1] ?? '';
    if (ref && !workbookXml.includes(`name="_xlnm._FilterDatabase" localSheetId="${index}"`))
      names.push(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${filterRange(name, ref)}</definedName>`,
      );
    index++;
  }
  if (names.length === 0) return workbookXml;
  if (workbookXml.includes('<definedNames>'))
    return workbookXml.replace('<definedNames>', `<definedNames>${names.join('')}`);
  if (workbookXml.includes('<definedNames/>'))
    return workbookXml.replace('<definedNames/>', `<definedNames>${names.join('')}</definedNames>`);
  return workbookXml.replace(
    '</sheets>',
    `</sheets><definedNames>${names.join('')}</definedNames>`,
  );
}

/** The xlsx bytes with the filter names added. */
export async function withFilterNames(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const book = zip.file('xl/workbook.xml');
  const rels = zip.file('xl/_rels/workbook.xml.rels');
  if (!book || !rels) return Buffer.from(bytes);
  const refs = new Map<string, string[]>();
  for (const [, id = '', target = ''] of (await rels.async('string')).matchAll(
    /<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g,
  )) {
    const part = zip.file(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    const filter = part ? AUTO_FILTER.exec(await part.async('string')) : null;
    if (filter) refs.set(id, filter.slice(1));
  }
  const xml = await book.async('string');
  const fixed = workbookWithFilterNames(xml, refs);
  if (fixed === xml) return Buffer.from(bytes);
  zip.file('xl/workbook.xml', fixed);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
