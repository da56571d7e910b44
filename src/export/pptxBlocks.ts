/**
 * Drawing deck blocks on a PowerPoint slide with pptxgenjs: KPI cards, bullet lists, tables sized
 * to what they hold, native charts, quotes and the stakeholder map as shapes. Positions are
 * inches on a 13.33 × 7.5 in slide.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Deck, DeckBlock, DeckChart } from '../shared/api/deckViews';
import { fitFontSize, textEms, textWidth } from './pptxText';

export type Pptx = InstanceType<typeof PptxGenJS>;
export type Slide = ReturnType<Pptx['addSlide']>;
type Block<K extends DeckBlock['kind']> = Extract<DeckBlock, { kind: K }>;

export const W = 13.333;
export const MARGIN = 0.5;
export const INK = '1F2937';
export const MUTED = '6B7280';
const TONE: Record<string, string> = {
  positive: 'E6F4EA',
  neutral: 'F1F3F5',
  negative: 'FDE8E8',
  none: 'EEF2FF',
};

export interface Theme {
  accent: string;
  font: string;
  /** The language tag of every run (`zh-CN` for a Chinese deck), so spelling and line breaking follow it. */
  lang: string;
  /** What every text box names: its font and the language of its runs. */
  text: { fontFace: string; lang: string };
  deck: Deck;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Points of a KPI card's text line: the card less its inset and margins, with room to spare. */
const KPI_INSET = 0.2;
const KPI_MARGIN_PT = 4;
const cardLinePt = (w: number) => (w - KPI_INSET) * 72 - 2 * KPI_MARGIN_PT - 6;

/**
 * KPI cards, four to a row; returns the height used. Label, figure and note each get the size at
 * which they fit on one line of the card, so a long date or amount never wraps and pushes the
 * note off the card; the box also shrinks on overflow where the program measures wider.
 */
export function drawKpis(slide: Slide, theme: Theme, block: Block<'kpis'>, box: Box): number {
  const perRow = Math.min(4, Math.max(1, block.items.length));
  const gap = 0.2;
  const w = (box.w - gap * (perRow - 1)) / perRow;
  const line = cardLinePt(w);
  block.items.forEach((item, i) => {
    const x = box.x + (i % perRow) * (w + gap);
    const y = box.y + Math.floor(i / perRow) * 1.3;
    slide.addShape('roundRect', {
      x,
      y,
      w,
      h: 1.15,
      fill: { color: 'F8F9FA' },
      line: { color: 'DEE2E6' },
      rectRadius: 0.08,
    });
    const size = (text: string, max: number, min: number) => fitFontSize(text, line, max, min);
    slide.addText(
      [
        {
          text: item.label,
          options: { fontSize: size(item.label, 12, 8), color: MUTED, breakLine: true },
        },
        {
          text: item.value,
          options: { fontSize: size(item.value, 24, 11), bold: true, color: INK, breakLine: true },
        },
        ...(item.note
          ? [{ text: item.note, options: { fontSize: size(item.note, 11, 7), color: MUTED } }]
          : []),
      ],
      {
        x: x + KPI_INSET / 2,
        y: y + 0.05,
        w: w - KPI_INSET,
        h: 1.05,
        ...theme.text,
        valign: 'top',
        margin: KPI_MARGIN_PT,
        fit: 'shrink',
      },
    );
  });
  return Math.ceil(block.items.length / perRow) * 1.3;
}

export function drawBullets(slide: Slide, theme: Theme, block: Block<'bullets'>, box: Box): void {
  slide.addText(
    [
      ...(block.title
        ? [
            {
              text: block.title,
              options: { bold: true, fontSize: 16, color: INK, breakLine: true },
            },
          ]
        : []),
      ...block.items.map((item) => ({
        text: item,
        options: { bullet: true, fontSize: 15, color: INK, breakLine: true },
      })),
    ],
    { ...box, ...theme.text, valign: 'top', paraSpaceAfter: 4, fit: 'shrink' },
  );
}

/** The table (and its title), columns as wide as what they hold; returns the height used. */
export function drawTable(slide: Slide, theme: Theme, block: Block<'table'>, box: Box): number {
  let { y, h } = box;
  if (block.title) {
    slide.addText(block.title, {
      x: box.x,
      y,
      w: box.w,
      h: 0.4,
      ...theme.text,
      fontSize: 16,
      bold: true,
      color: INK,
    });
    y += 0.45;
    h -= 0.45;
  }
  const weights = block.columns.map((title, i) => {
    const longest = Math.max(textWidth(title), ...block.rows.map((r) => textWidth(r[i] ?? '')));
    return block.numeric[i] ? Math.max(1, longest / 10) : Math.min(5, Math.max(1.2, longest / 10));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const rows = Math.max(1, Math.min(block.rows.length, Math.floor(h / 0.3) - 1));
  const rowH = Math.max(0.3, Math.min(0.4, h / (rows + 1)));
  const align = (i: number) => (block.numeric[i] ? ('right' as const) : ('left' as const));
  const header = block.columns.map((c, i) => ({
    text: c,
    options: { bold: true, color: 'FFFFFF', fill: { color: theme.accent }, align: align(i) },
  }));
  const body = block.rows
    .slice(0, rows)
    .map((row) => row.map((cell, i) => ({ text: cell, options: { color: INK, align: align(i) } })));
  slide.addTable([header, ...body], {
    x: box.x,
    y,
    w: box.w,
    colW: weights.map((wt) => (wt / total) * box.w),
    rowH,
    ...theme.text,
    fontSize: rowH < 0.34 ? 11 : 12,
    border: { type: 'solid', color: 'DEE2E6', pt: 0.5 },
    autoPage: false,
    valign: 'middle',
  });
  return y - box.y + rowH * (rows + 1);
}

const CATEGORY_LABEL_PT = 10;
/** What a chart's width loses to the value axis, its labels and the plot's margins, in points. */
const PLOT_INSET_PT = 50;

/**
 * Every how many categories a line chart names on its axis so that no label wraps (a week such as
 * "Sep 12" or "9月14日" in a half-width chart would): its categories are periods in order, which
 * read as well with every other one named. A bar chart names every category. PowerPoint skips the
 * labels between; LibreOffice does not (it breaks a level label over lines instead), so such an
 * axis also tilts its labels, which LibreOffice never breaks and thins out where they would touch.
 */
export function categoryLabelEvery(c: DeckChart, widthIn: number): number {
  if (c.type !== 'line' || c.categories.length === 0) return 1;
  const slot = (widthIn * 72 - PLOT_INSET_PT) / c.categories.length;
  const widest = Math.max(...c.categories.map(textEms)) * CATEGORY_LABEL_PT + 4;
  return Math.max(1, Math.ceil(widest / slot));
}

export function drawChart(pptx: Pptx, slide: Slide, theme: Theme, c: DeckChart, box: Box): void {
  const every = categoryLabelEvery(c, box.w);
  const data = c.series.map((s) => ({
    name: s.name,
    labels: c.categories,
    values: s.values as number[],
  }));
  const top = Math.max(0, ...c.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  slide.addChart(c.type === 'line' ? pptx.ChartType.line : pptx.ChartType.bar, data, {
    ...box,
    showTitle: true,
    title: c.title,
    titleFontSize: 14,
    titleColor: INK,
    titleFontFace: theme.font,
    showLegend: c.series.length > 1,
    legendPos: 'b',
    legendFontSize: 11,
    legendFontFace: theme.font,
    chartColors:
      c.series.length > 1 ? [theme.accent, 'F59F00', '12B886', 'FA5252'] : [theme.accent],
    catAxisLabelFontSize: CATEGORY_LABEL_PT,
    ...(every > 1 ? { catAxisLabelFrequency: String(every), catAxisLabelRotate: -45 } : {}),
    valAxisLabelFontSize: 10,
    catAxisLabelFontFace: theme.font,
    valAxisLabelFontFace: theme.font,
    lang: theme.lang,
    valGridLine: { color: 'E9ECEF', size: 0.5 },
    ...(c.min !== undefined && c.unit !== 'count' ? { valAxisMinVal: c.min } : {}),
    ...(c.max !== undefined ? { valAxisMaxVal: c.max } : {}),
    ...(c.unit === 'count'
      ? { valAxisLabelFormatCode: '0', valAxisMajorUnit: Math.max(1, Math.ceil(top / 5)) }
      : {}),
    ...(c.type === 'line'
      ? { lineSize: 2, lineDataSymbol: 'circle' as const, lineDataSymbolSize: 6 }
      : { barDir: 'col' as const, barGapWidthPct: 60 }),
  });
}

export function drawQuotes(slide: Slide, theme: Theme, block: Block<'quotes'>, box: Box): void {
  const n = block.items.length;
  const gap = 0.25;
  const w = (box.w - gap * (n - 1)) / n;
  block.items.forEach((q, i) => {
    const x = box.x + i * (w + gap);
    slide.addShape('rect', {
      x,
      y: box.y,
      w: 0.06,
      h: box.h,
      fill: { color: theme.accent },
      line: { color: theme.accent },
    });
    slide.addText(
      [
        {
          text: `“${q.text}”`,
          options: { italic: true, fontSize: 13, color: INK, breakLine: true },
        },
        { text: q.who, options: { fontSize: 11, color: MUTED } },
      ],
      { x: x + 0.15, y: box.y, w: w - 0.2, h: box.h, ...theme.text, valign: 'top', fit: 'shrink' },
    );
  });
}

/** The stakeholder map: a column per role, a card per person, tinted by sentiment (internal). */
export function drawPeople(slide: Slide, theme: Theme, block: Block<'people'>, box: Box): void {
  const n = block.groups.length;
  const gap = 0.15;
  const w = (box.w - gap * (n - 1)) / n;
  block.groups.forEach((group, i) => {
    const x = box.x + i * (w + gap);
    slide.addText(group.role, {
      x,
      y: box.y,
      w,
      h: 0.4,
      ...theme.text,
      fontSize: 13,
      bold: true,
      color: theme.accent,
    });
    const cardH = Math.min(0.95, (box.h - 0.5) / Math.max(1, group.people.length) - 0.1);
    group.people.forEach((p, j) => {
      const y = box.y + 0.5 + j * (cardH + 0.1);
      slide.addShape('roundRect', {
        x,
        y,
        w,
        h: cardH,
        fill: { color: TONE[p.tone] ?? 'EEF2FF' },
        line: { color: 'CED4DA' },
        rectRadius: 0.06,
      });
      slide.addText(
        [
          { text: p.name, options: { bold: true, fontSize: 12, color: INK, breakLine: true } },
          { text: p.title, options: { fontSize: 10, color: MUTED, breakLine: Boolean(p.note) } },
          ...(p.note ? [{ text: p.note, options: { fontSize: 9, color: MUTED } }] : []),
        ],
        {
          x: x + 0.05,
          y,
          w: w - 0.1,
          h: cardH,
          ...theme.text,
          valign: 'middle',
          margin: 3,
          fit: 'shrink',
        },
      );
    });
  });
}
