import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../shared/api/deckViews';
import { deckPptx } from './deckPptx';
import { textEms } from './pptxText';

/** A small deck with what trips other programs: zeros in a chart, long dates and amounts on cards. */
function sampleDeck(lang: Deck['lang']): Deck {
  const zh = lang === 'zh-CN';
  return {
    accountId: 'a1',
    accountName: 'Acme Pte Ltd',
    audience: 'internal',
    lang,
    from: '2026-09-01',
    to: '2026-12-01',
    periodLabel: zh ? '2026年9月1日 – 2026年11月30日' : 'Sep 1 – Nov 30, 2026',
    generatedOn: '2026-12-01',
    branding: { companyName: 'Northwind CS', accentColor: '#1c7ed6', logo: '' },
    slides: [
      {
        id: 'summary',
        title: zh ? '执行摘要' : 'Executive summary',
        subtitle: '',
        blocks: [
          {
            kind: 'kpis',
            items: [
              {
                label: zh ? '续约' : 'Renewal',
                value: zh ? '2027年12月31日' : 'Dec 31, 2027',
                note: zh ? '预计 ARR US$1,234,567.89' : 'Expected ARR US$1,234,567.89',
              },
              { label: zh ? '已解决工单' : 'Tickets resolved', value: '0', note: '' },
              {
                label: zh ? '在用模块' : 'Modules in use',
                value: zh ? '4 个中有 3 个' : '3 of 4',
                note: '',
              },
              { label: zh ? '预计 ARR' : 'Expected ARR', value: 'US$12,345,678.90', note: '' },
            ],
          },
        ],
      },
      {
        id: 'support',
        title: zh ? '技术支持' : 'Support',
        subtitle: '',
        blocks: [
          {
            kind: 'chart',
            chart: {
              type: 'bar',
              title: zh ? '按严重程度的工单' : 'Tickets by severity',
              categories: ['P1', 'P2', 'P3', 'P4'],
              series: [
                { name: zh ? '新建' : 'Opened', values: [0, 2, 0, null] },
                { name: zh ? '关闭' : 'Closed', values: [0, 1, 3, 0] },
              ],
              unit: 'count',
            },
          },
        ],
      },
    ],
  };
}

/** Reads a part of the package; `chart` is the first chart part, whatever pptxgenjs numbered it. */
async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const chart = Object.keys(zip.files).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!;
  const read = (name: string) => zip.file(name === 'chart' ? chart : name)!.async('string');
  return Object.assign(read, { zip, chart });
}

describe('deck PPTX', () => {
  it('keeps every zero in the chart and in the workbook behind it (Edit Data)', async () => {
    const part = await unzip(await deckPptx(sampleDeck('en')));
    const chart = await part('chart');
    const caches = [...chart.matchAll(/<c:numCache>([\s\S]*?)<\/c:numCache>/g)].map((m) =>
      [...m[1]!.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((p) => [p[1], p[2]]),
    );
    expect(caches).toEqual([
      [
        ['0', '0'],
        ['1', '2'],
        ['2', '0'],
      ],
      [
        ['0', '0'],
        ['1', '1'],
        ['2', '3'],
        ['3', '0'],
      ],
    ]);
    const rels = await part(part.chart.replace(/charts\/(.+)$/, 'charts/_rels/$1.rels'));
    const embedded = /Target="\.\.\/(embeddings\/[^"]+)"/.exec(rels)![1]!;
    const book = await JSZip.loadAsync(await part.zip.file(`ppt/${embedded}`)!.async('uint8array'));
    const sheet = await book.file('xl/worksheets/sheet1.xml')!.async('string');
    const cell = (ref: string) =>
      new RegExp(`<c r="${ref}"[^>]*?(?:/>|><v>([^<]*)</v></c>)`).exec(sheet)?.[1] ?? 'blank';
    expect(['B2', 'B3', 'B4', 'B5', 'C2', 'C3', 'C4', 'C5'].map(cell)).toEqual([
      '0',
      '2',
      '0',
      'blank',
      '0',
      '1',
      '3',
      '0',
    ]);
    expect(sheet).not.toMatch(/<v>\s*<\/v>/);
  });

  it('tags a Chinese deck zh-CN and names its East Asian font in the theme and every run', async () => {
    const part = await unzip(await deckPptx(sampleDeck('zh-CN')));
    const theme = await part('ppt/theme/theme1.xml');
    expect(theme.match(/<a:ea typeface="([^"]*)"\/>/g)).toEqual([
      '<a:ea typeface="Microsoft YaHei"/>',
      '<a:ea typeface="Microsoft YaHei"/>',
    ]);
    const slide = await part('ppt/slides/slide1.xml');
    const langs = new Set([...slide.matchAll(/<a:rPr lang="([^"]+)"/g)].map((m) => m[1]));
    expect([...langs]).toEqual(['zh-CN']);
    const runFonts = new Set([...slide.matchAll(/<a:ea typeface="([^"]+)"/g)].map((m) => m[1]));
    expect([...runFonts]).toEqual(['Microsoft YaHei']);
    expect(await part('chart')).toContain('lang="zh-CN"');
    const english = await unzip(await deckPptx(sampleDeck('en')));
    expect(await english('ppt/slides/slide1.xml')).not.toContain('lang="zh-CN"');
  });

  it('sizes each line of a KPI card to fit on one line of it, and lets the card shrink its text', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const deck = sampleDeck(lang);
      const slide = await (await unzip(await deckPptx(deck)))('ppt/slides/slide1.xml');
      const shapes = [...slide.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]!);
      const cards = shapes.filter((s) => s.includes('<a:normAutofit/>') && s.includes('<a:t>'));
      const kpis = deck.slides[0]!.blocks[0]!;
      if (kpis.kind !== 'kpis') throw new Error('kpis first');
      expect(cards.length).toBeGreaterThanOrEqual(kpis.items.length);
      for (const item of kpis.items) {
        const card = cards.find((c) => c.includes(`<a:t>${item.value}</a:t>`))!;
        const widthPt = Number(/<a:ext cx="(\d+)"/.exec(card)![1]) / 12700;
        for (const [, size, text] of card.matchAll(
          /<a:r><a:rPr[^>]*sz="(\d+)"[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g,
        ))
          expect(textEms(text!) * (Number(size) / 100)).toBeLessThanOrEqual(widthPt - 8);
      }
    }
  });

  it('writes title, subject, author and company in the deck’s language', async () => {
    const part = await unzip(await deckPptx(sampleDeck('zh-CN')));
    const core = await part('docProps/core.xml');
    expect(core).toContain(
      '<dc:title>Acme Pte Ltd — 季度业务回顾（2026年9月1日 – 2026年11月30日）</dc:title>',
    );
    expect(core).toContain('<dc:subject>季度业务回顾（内部资料）</dc:subject>');
    expect(core).toContain('<dc:creator>Northwind CS</dc:creator>');
    expect(await part('docProps/app.xml')).toContain('<Company>Northwind CS</Company>');
  });
});
