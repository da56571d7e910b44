/**
 * A deck as PowerPoint (DESIGN.md §7): one slide per deck slide in the team's theme — accent bar,
 * logo, company name and page number — with native, editable charts, tables and the stakeholder
 * map as shapes. Written with pptxgenjs, then repaired so PowerPoint opens it without complaint.
 */
import PptxGenJS from 'pptxgenjs';
import type { Deck, DeckBlock, DeckSlide } from '../shared/api/deckViews';
import {
  drawBullets,
  drawChart,
  drawKpis,
  drawPeople,
  drawQuotes,
  drawTable,
  INK,
  MARGIN,
  MUTED,
  W,
  type Pptx,
  type Slide,
  type Theme,
} from './pptxBlocks';
import { deckMetadata } from '../shared/deck/deckMetadata';
import { repairPptx } from './pptxRepair';

const TOP = 1.25;
const BOTTOM = 6.95;
const CONTENT_W = W - 2 * MARGIN;

function frame(slide: Slide, theme: Theme, title: string, page: number): void {
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: W,
    h: 0.12,
    fill: { color: theme.accent },
    line: { color: theme.accent },
  });
  slide.addText(title, {
    x: MARGIN,
    y: 0.3,
    w: CONTENT_W - 2,
    h: 0.75,
    ...theme.text,
    fit: 'shrink',
    fontSize: 26,
    bold: true,
    color: INK,
    valign: 'middle',
  });
  const { logo, companyName } = theme.deck.branding;
  if (logo)
    slide.addImage({
      data: logo,
      x: W - MARGIN - 1.6,
      y: 0.3,
      w: 1.6,
      h: 0.7,
      sizing: { type: 'contain', w: 1.6, h: 0.7 },
    });
  const footer = [companyName, theme.deck.accountName, theme.deck.periodLabel]
    .filter(Boolean)
    .join(' · ');
  slide.addText(footer, {
    x: MARGIN,
    y: 7.05,
    w: CONTENT_W - 1,
    h: 0.3,
    ...theme.text,
    fit: 'shrink',
    fontSize: 10,
    color: MUTED,
  });
  slide.addText(String(page), {
    x: W - MARGIN - 0.8,
    y: 7.05,
    w: 0.8,
    h: 0.3,
    ...theme.text,
    fit: 'shrink',
    fontSize: 10,
    color: MUTED,
    align: 'right',
  });
}

/** Lays the blocks out top to bottom; two charts share a row, a titled list sits beside a narrow table. */
function content(pptx: Pptx, slide: Slide, theme: Theme, blocks: DeckBlock[]): void {
  let y = TOP;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as DeckBlock;
    const next = blocks[i + 1];
    const left = BOTTOM - y;
    const last = next === undefined;
    const full = { x: MARGIN, y, w: CONTENT_W, h: left };
    if (block.kind === 'kpis') y += drawKpis(slide, theme, block, full) + 0.1;
    else if (block.kind === 'chart') {
      const h = last || next.kind === 'chart' ? left : Math.min(3.6, left - 1.2);
      if (next?.kind === 'chart') {
        const w = (CONTENT_W - 0.3) / 2;
        drawChart(pptx, slide, theme, block.chart, { x: MARGIN, y, w, h });
        drawChart(pptx, slide, theme, next.chart, { x: MARGIN + w + 0.3, y, w, h });
        i++;
      } else drawChart(pptx, slide, theme, block.chart, { ...full, h });
      y += h + 0.15;
    } else if (block.kind === 'table') {
      const h = last ? left : Math.min(left, 0.38 * (block.rows.length + 1) + 0.6);
      y += drawTable(slide, theme, block, { ...full, h }) + 0.2;
    } else if (
      block.kind === 'bullets' &&
      block.title &&
      next?.kind === 'table' &&
      next.columns.length <= 3
    ) {
      const listW = CONTENT_W * 0.42;
      drawBullets(slide, theme, block, { ...full, w: listW - 0.2 });
      drawTable(slide, theme, next, { x: MARGIN + listW, y, w: CONTENT_W - listW, h: left });
      i++;
      y = BOTTOM;
    } else if (block.kind === 'bullets') {
      const h = last
        ? left
        : Math.min(left, 0.42 * (block.items.length + (block.title ? 1 : 0)) + 0.2);
      drawBullets(slide, theme, block, { ...full, h });
      y += h + 0.1;
    } else if (block.kind === 'quotes') {
      const h = Math.min(left, 1.6);
      drawQuotes(slide, theme, block, { ...full, h });
      y += h + 0.1;
    } else drawPeople(slide, theme, block, full);
  }
}

function titleSlide(slide: Slide, theme: Theme, deckSlide: DeckSlide): void {
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: 0.35,
    h: 7.5,
    fill: { color: theme.accent },
    line: { color: theme.accent },
  });
  const { logo, companyName } = theme.deck.branding;
  if (logo)
    slide.addImage({
      data: logo,
      x: 1,
      y: 0.8,
      w: 2.4,
      h: 1,
      sizing: { type: 'contain', w: 2.4, h: 1 },
    });
  slide.addText(deckSlide.title, {
    x: 1,
    y: 2.3,
    w: 11.3,
    h: 1.3,
    ...theme.text,
    fit: 'shrink',
    fontSize: 40,
    bold: true,
    color: INK,
  });
  slide.addText(deckSlide.subtitle, {
    x: 1,
    y: 3.6,
    w: 11.3,
    h: 0.6,
    ...theme.text,
    fit: 'shrink',
    fontSize: 20,
    color: theme.accent,
  });
  const lines = deckSlide.blocks.flatMap((b) => (b.kind === 'bullets' ? b.items : []));
  slide.addText(
    lines.map((text) => ({ text, options: { breakLine: true } })),
    {
      x: 1,
      y: 4.5,
      w: 11.3,
      h: 1.6,
      ...theme.text,
      fit: 'shrink',
      fontSize: 15,
      color: MUTED,
      valign: 'top',
    },
  );
  if (companyName)
    slide.addText(companyName, {
      x: 1,
      y: 6.7,
      w: 8,
      h: 0.4,
      ...theme.text,
      fit: 'shrink',
      fontSize: 12,
      color: MUTED,
    });
}

/**
 * Fonts of a deck's language. Microsoft YaHei ships with Windows and Office for Mac and has Latin
 * letters of its own; the theme names it as the East Asian font too, and a program without it
 * (LibreOffice on Linux, WPS) falls back to its own CJK sans-serif because the runs say zh-CN.
 */
export const DECK_FONTS = {
  en: { latin: 'Calibri', eastAsian: 'Microsoft YaHei', lang: 'en-US' },
  'zh-CN': { latin: 'Microsoft YaHei', eastAsian: 'Microsoft YaHei', lang: 'zh-CN' },
} as const;

/** The deck as .pptx bytes, one slide per deck slide. */
export async function deckPptx(deck: Deck): Promise<Buffer> {
  const pptx = new PptxGenJS();
  const fonts = DECK_FONTS[deck.lang];
  const meta = deckMetadata(deck);
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.subject = meta.subject;
  pptx.author = meta.author;
  pptx.company = meta.company;
  pptx.theme = { headFontFace: fonts.latin, bodyFontFace: fonts.latin };
  const theme: Theme = {
    accent: deck.branding.accentColor.replace('#', '').toUpperCase(),
    font: fonts.latin,
    lang: fonts.lang,
    text: { fontFace: fonts.latin, lang: fonts.lang },
    deck,
  };
  deck.slides.forEach((s, i) => {
    const slide = pptx.addSlide();
    if (s.id === 'title') titleSlide(slide, theme, s);
    else {
      frame(slide, theme, s.title, i + 1);
      content(pptx, slide, theme, s.blocks);
    }
  });
  const bytes = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return repairPptx(bytes, { eastAsianFont: fonts.eastAsian });
}
