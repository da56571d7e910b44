/**
 * What the charts of a .pptx hold, read back in the deck's own chart shape so a test can compare
 * them with the deck value by value: once from the chart part's caches (what is drawn) and once
 * from the cells of its embedded workbook those caches name (what Edit Data shows). A blank or
 * missing cell reads as null; a cell holding anything but a number reads as its text, so an empty
 * `<v></v>` never passes for 0.
 */
import JSZip from 'jszip';

export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | string | null)[] }[];
}

export interface ChartPart {
  part: string;
  title: string;
  cached: ChartData;
  embedded: ChartData;
}

type Cell = number | string | null;

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const texts = (xml: string) =>
  [...xml.matchAll(/<(?:a:)?t(?:\s[^>]*)?>([^<]*)<\/(?:a:)?t>/g)]
    .map((m) => unescapeXml(m[1]!))
    .join('');

/** Cell reference → value, shared strings resolved. */
function sheetCells(sheetXml: string, sharedXml: string): Map<string, Cell> {
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]!));
  const cells = new Map<string, Cell>();
  for (const [, ref = '', attrs = '', body] of sheetXml.matchAll(
    /<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
  )) {
    const v = body === undefined ? undefined : /<v>([^<]*)<\/v>/.exec(body)?.[1];
    const type = /\st="([^"]*)"/.exec(attrs)?.[1];
    if (type === 's') cells.set(ref, shared[Number(v)] ?? `missing shared string ${v}`);
    else if (type === 'inlineStr' || type === 'str') cells.set(ref, texts(body ?? ''));
    else if (v === undefined) cells.set(ref, null);
    else cells.set(ref, v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v);
  }
  return cells;
}

/** The cell references of a range such as `Sheet1!$B$2:$B$5`, row by row. */
function rangeRefs(formula: string): string[] {
  const m = /^(?:'?[^!]*'?!)?\$?([A-Z])\$?(\d+)(?::\$?([A-Z])\$?(\d+))?$/.exec(formula.trim());
  if (!m) throw new Error(`not a single-letter-column range: ${formula}`);
  const [, c0 = 'A', r0 = '0', c1 = c0, r1 = r0] = m;
  const refs: string[] = [];
  for (let r = Number(r0); r <= Number(r1); r++)
    for (let c = c0.charCodeAt(0); c <= c1.charCodeAt(0); c++)
      refs.push(`${String.fromCharCode(c)}${r}`);
  return refs;
}

const formula = (xml: string) => unescapeXml(/<c:f>([^<]*)<\/c:f>/.exec(xml)?.[1] ?? '');

/** A cache's points by index, as many as its ptCount, null where it has no point. */
function cachePoints(xml: string, read: (v: string) => Cell): Cell[] {
  const count = Number(/<c:ptCount val="(\d+)"/.exec(xml)?.[1] ?? 0);
  const points: Cell[] = Array.from({ length: count }, () => null);
  for (const [, idx = '0', v = ''] of xml.matchAll(
    /<c:pt idx="(\d+)"[^>]*>\s*<c:v>([^<]*)<\/c:v>\s*<\/c:pt>/g,
  ))
    points[Number(idx)] = read(unescapeXml(v));
  return points;
}

const asNumber = (v: string): Cell =>
  v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;

/** Every chart part of the package, in the order pptxgenjs numbered them (the order drawn). */
export async function pptxCharts(zip: JSZip): Promise<ChartPart[]> {
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const parts: ChartPart[] = [];
  for (const part of names) {
    const xml = await zip.file(part)!.async('string');
    const rels = await zip
      .file(part.replace(/charts\/(.+)$/, 'charts/_rels/$1.rels'))!
      .async('string');
    const target = /Target="\.\.\/(embeddings\/[^"]+)"/.exec(rels)![1]!;
    const book = await JSZip.loadAsync(await zip.file(`ppt/${target}`)!.async('uint8array'));
    const cells = sheetCells(
      await book.file('xl/worksheets/sheet1.xml')!.async('string'),
      (await book.file('xl/sharedStrings.xml')?.async('string')) ?? '',
    );
    const cell = (ref: string) => cells.get(ref) ?? null;
    const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
      const ser = m[1]!;
      const tx = /<c:tx>([\s\S]*?)<\/c:tx>/.exec(ser)?.[1] ?? '';
      const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)?.[1] ?? '';
      const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? '';
      return { tx, cat, val };
    });
    const first = series[0];
    const title = texts(/<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? '');
    parts.push({
      part,
      title,
      cached: {
        categories: first ? cachePoints(first.cat, (v) => v).map(String) : [],
        series: series.map((s) => ({
          name: cachePoints(s.tx, (v) => v)
            .map(String)
            .join(''),
          values: cachePoints(s.val, asNumber),
        })),
      },
      embedded: {
        categories: first ? rangeRefs(formula(first.cat)).map((r) => String(cell(r))) : [],
        series: series.map((s) => ({
          name: rangeRefs(formula(s.tx))
            .map((r) => String(cell(r)))
            .join(''),
          values: rangeRefs(formula(s.val)).map(cell),
        })),
      },
    });
  }
  return parts;
}
