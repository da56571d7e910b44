/**
 * The files the app writes, opened by LibreOffice as a user would: the English and Chinese decks
 * and the forecast workbook are written by the real code, converted headless (a private profile
 * per run) and read back — chart zeros in the embedded data and the chart caches, the Chinese
 * deck's KPI figures on their own slide and inside their own card, and the workbook's filter and
 * print set-up surviving LibreOffice's own save, printed landscape with the header on each page.
 * Without LibreOffice (or its Impress part for decks) these are skipped with the reason printed.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckPptx } from '../../src/export/deckPptx';
import { forecastXlsx } from '../../src/export/forecastXlsx';
import { loadDemo } from '../../src/services/demo/demoService';
import { deckFor } from '../../src/services/deck/deckService';
import { listPortfolio } from '../../src/services/portfolioService';
import { forecastView } from '../../src/services/renewals/forecastService';
import type { Deck } from '../../src/shared/api/deckViews';
import { forecastQuery } from '../../src/shared/api/forecastInputs';
import { pptxCharts } from './pptxCharts';
import { tempWorkspace } from './testWorkspace';

const TIMEOUT = 120_000;

function which(program: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

const office = which('libreoffice') ?? which('soffice');
const poppler = which('pdftotext') !== null && which('pdfinfo') !== null;
/** Impress is a separate package; without it LibreOffice cannot load a .pptx at all. */
const impress =
  office !== null &&
  existsSync(join(dirname(realpathSync(office)), '..', 'share', 'registry', 'impress.xcd'));
const noCalc = !office || !poppler;
const noImpress = noCalc || !impress;
if (noCalc) console.warn('officeRoundTrip: skipped — needs libreoffice and poppler-utils');
else if (noImpress)
  console.warn('officeRoundTrip: deck checks skipped — LibreOffice Impress is not installed');

const dir = mkdtempSync(join(tmpdir(), 'outpost-office-'));
const ws = tempWorkspace();
afterAll(() => {
  ws.cleanup();
  rmSync(dir, { recursive: true, force: true });
});
beforeAll(() => loadDemo(ws, { accounts: 60, seed: 3, today: '2026-11-22' }));

let runs = 0;
/** `file` converted by LibreOffice to `format` in a folder of its own; the converted file's path. */
function convert(file: string, format: string): string {
  const out = join(dir, `out-${++runs}`);
  const profile = join(dir, `profile-${runs}`);
  const run = spawnSync(
    office!,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout: TIMEOUT },
  );
  const made = existsSync(out) ? readdirSync(out) : [];
  if (made.length !== 1) throw new Error(`LibreOffice did not convert ${file}: ${run.stderr}`);
  return join(out, made[0]!);
}

const pdfText = (pdf: string, page?: number, ...flags: string[]) =>
  spawnSync(
    'pdftotext',
    [...flags, ...(page ? ['-f', String(page), '-l', String(page)] : []), pdf, '-'],
    { encoding: 'utf8' },
  ).stdout;

/** Page sizes in points, every page. */
function pageSizes(pdf: string): { width: number; height: number }[] {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' }).stdout;
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

const squeezed = (text: string) => text.replace(/\s+/g, '');

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The words of one PDF page with their boxes in points (pdftotext -bbox). */
function pageWords(pdf: string, page: number): Word[] {
  const html = pdfText(pdf, page, '-bbox');
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
    text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
  }));
}

/** The sizes in points of a shape's runs, in order. */
const runSizes = (sp: string) =>
  [...sp.matchAll(/<a:r>\s*<a:rPr[^>]*\ssz="(\d+)"/g)].map((m) => Number(m[1]) / 100);

interface Card {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The sizes the card's text box asks for: label, value and note. */
  sizes: number[];
}

/** The KPI cards (rounded rectangles, each followed by its text box) of a slide part, in points. */
function cards(slideXml: string): Card[] {
  const pt = (emu: string) => Number(emu) / 12_700;
  const shapes = [...slideXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]!);
  return shapes.flatMap((sp, i) => {
    if (!sp.includes('prst="roundRect"')) return [];
    const [, x = '0', y = '0'] = /<a:off x="(\d+)" y="(\d+)"/.exec(sp) ?? [];
    const [, cx = '0', cy = '0'] = /<a:ext cx="(\d+)" cy="(\d+)"/.exec(sp) ?? [];
    const sizes = runSizes(shapes[i + 1] ?? '');
    return [{ x0: pt(x), y0: pt(y), x1: pt(x) + pt(cx), y1: pt(y) + pt(cy), sizes }];
  });
}

/**
 * What pdftotext's word height is per point of font size on a page, measured on the page number
 * (a short line that never shrinks) against the size its run asks for.
 */
function heightPerPoint(slideXml: string, words: Word[], page: number): number {
  const shape = [...slideXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)]
    .map((m) => m[1]!)
    .find((sp) => [...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('') === `${page}`);
  const number = words.filter((w) => w.text === `${page}`).sort((a, b) => b.y0 - a.y0)[0];
  const size = runSizes(shape ?? '')[0];
  if (!number || !size) throw new Error(`page ${page} shows its number`);
  return (number.y1 - number.y0) / size;
}

/** Words grouped into lines, top to bottom. */
function lines(words: Word[]): Word[][] {
  const rows: Word[][] = [];
  for (const w of [...words].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y0 - w.y0) < 2) row.push(w);
    else rows.push([w]);
  }
  return rows;
}

/** The internal deck of the account with the most slides, in a language. */
function richestDeck(lang: 'en' | 'zh-CN'): Deck {
  const period = { from: '2026-08-24', to: '2026-11-23' };
  const decks = listPortfolio(ws).map((a) =>
    deckFor(ws, { accountId: a.id, audience: 'internal', lang, ...period }),
  );
  return decks.sort((a, b) => b.slides.length - a.slides.length)[0]!;
}

describe.skipIf(noImpress)('decks opened in LibreOffice Impress', () => {
  it.each(['en', 'zh-CN'] as const)(
    'the %s deck keeps chart zeros and every KPI figure on its slide, inside its card',
    async (lang) => {
      const deck = richestDeck(lang);
      const bytes = await deckPptx(deck);
      const file = join(dir, `deck-${lang}.pptx`);
      writeFileSync(file, bytes);
      const zip = await JSZip.loadAsync(bytes);

      // Every value of every chart, zeros above all, is in the chart's cache and in the cell of
      // its embedded workbook the chart names — compared value by value with the deck's series.
      const charts = deck.slides.flatMap((s) =>
        s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])),
      );
      expect(
        charts.flatMap((c) => c.series.flatMap((x) => x.values)).filter((v) => v === 0),
      ).not.toHaveLength(0);
      const parts = await pptxCharts(zip);
      expect(parts.map((p) => p.title)).toEqual(charts.map((c) => c.title));
      const data = charts.map(({ categories, series }) => ({
        categories,
        series: series.map(({ name, values }) => ({ name, values })),
      }));
      expect(parts.map((p) => p.cached)).toEqual(data);
      expect(parts.map((p) => p.embedded)).toEqual(data);

      const pdf = convert(file, 'pdf');
      expect(pageSizes(pdf)).toHaveLength(deck.slides.length);
      // Each KPI card's words (pdftotext splits a figure such as 83（绿） or 2027年2月28日 where
      // LibreOffice spaces Latin from Chinese) read, in order, label, value and note: a line that
      // overflowed its card or slid onto another would leave its card's text without it. Each
      // line is drawn at the size asked for: a card LibreOffice had to shrink did not fit.
      const kpiSlides = deck.slides.flatMap((s, i) =>
        s.blocks.flatMap((b) => (b.kind === 'kpis' ? [{ page: i + 1, items: b.items }] : [])),
      );
      expect(kpiSlides.map((k) => deck.slides[k.page - 1]!.id)).toContain('summary');
      for (const { page, items } of kpiSlides) {
        const text = squeezed(pdfText(pdf, page, '-layout'));
        const slideXml = await zip.file(`ppt/slides/slide${page}.xml`)!.async('string');
        const boxes = cards(slideXml);
        expect(boxes.length, `${lang} page ${page}`).toBeGreaterThanOrEqual(items.length);
        const words = pageWords(pdf, page);
        const perPoint = heightPerPoint(slideXml, words, page);
        items.forEach((item, i) => {
          expect(text, `${lang} ${item.label}`).toContain(squeezed(item.value));
          const card = boxes[i]!;
          const inside = words.filter(
            (w) =>
              w.x0 >= card.x0 - 1 &&
              w.x1 <= card.x1 + 1 &&
              w.y0 >= card.y0 - 1 &&
              w.y1 <= card.y1 + 1,
          );
          const where = `${lang} page ${page}: ${item.label}`;
          expect(squeezed(inside.map((w) => w.text).join('')), `${where} inside its card`).toBe(
            squeezed(item.label + item.value + item.note),
          );
          const drawn = lines(inside).map((row) =>
            Math.max(...row.map((w) => (w.y1 - w.y0) / perPoint)),
          );
          expect(drawn, `${where}: sizes drawn, asked ${card.sizes.join(', ')}`).toHaveLength(
            card.sizes.length,
          );
          drawn.forEach((size, line) =>
            expect(size, `${where}: line ${line + 1} drawn at the size asked`).toBeCloseTo(
              card.sizes[line]!,
              0,
            ),
          );
        });
      }
    },
    TIMEOUT * 2,
  );
});

describe.skipIf(noCalc)('the forecast workbook opened in LibreOffice Calc', () => {
  let file = '';
  let rows = 0;
  beforeAll(async () => {
    const view = forecastView(
      ws,
      forecastQuery.parse({ from: '2026-01-01', to: '2028-01-01', currency: 'USD' }),
    );
    // Enough renewals to need several printed pages: the portfolio's, eight times over.
    const many = { ...view, rows: Array.from({ length: 8 }, () => view.rows).flat() };
    rows = many.rows.length;
    file = join(dir, 'forecast.xlsx');
    writeFileSync(file, await forecastXlsx(many, 'zh-CN', '2027-12-31'));
  });

  it(
    'keeps the autofilter and the print set-up when LibreOffice saves it again',
    async () => {
      const again = convert(file, 'xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(again);
      const renewals = book.getWorksheet('续约')!;
      expect(String(renewals.autoFilter)).toMatch(new RegExp(`^A1:[A-Z]+${rows + 1}$`));
      for (const sheet of book.worksheets) {
        expect(sheet.pageSetup, sheet.name).toMatchObject({
          orientation: 'landscape',
          fitToWidth: 1,
          fitToHeight: 0,
        });
        expect(sheet.pageSetup.printTitlesRow, sheet.name).toMatch(/^\d+:\d+$/);
      }
      // LibreOffice writes fitToPage="true", which exceljs reads as false: read the part itself.
      const zip = await JSZip.loadAsync(readFileSync(again));
      for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'])
        expect(await zip.file(part)!.async('string'), part).toMatch(
          /<pageSetUpPr[^>]*fitToPage="(?:1|true)"/,
        );
      expect(renewals.pageSetup.printTitlesRow).toBe('1:1');
    },
    TIMEOUT,
  );

  it(
    'prints landscape, with the header row on every page of renewals',
    () => {
      const pdf = convert(file, 'pdf');
      const sizes = pageSizes(pdf);
      expect(sizes.length).toBeGreaterThan(1);
      for (const size of sizes) expect(size.width).toBeGreaterThan(size.height);
      const pages = sizes.map((_, i) => squeezed(pdfText(pdf, i + 1, '-layout')));
      // Renewal pages list contract ids; each must carry the column titles at its top.
      const renewalPages = pages.filter((p) => /[0-9a-f]{8}-[0-9a-f]{4}-/.test(p));
      expect(renewalPages.length).toBeGreaterThan(1);
      for (const page of renewalPages) {
        expect(page).toContain('合同到期日');
        expect(page).toContain('客户成功经理');
      }
    },
    TIMEOUT,
  );
});
