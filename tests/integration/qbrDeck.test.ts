/**
 * QBR decks from a demo portfolio on a real SQLite file: every customer deck is free of internal
 * facts in both languages, the internal deck carries exactly the health and forecast engines'
 * numbers, and the PPTX read back with jszip has one slide per deck slide, its charts with every
 * axis they name, and the team's branding. With a Chromium on the machine, the deck is printed to
 * PDF as the CLI and the web host print it (the built print page behind a web host) and carries
 * the deck's title.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckPptx } from '../../src/export/deckPptx';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { RENDERER_DIR } from '../../src/hosts/common/appPaths';
import { chromiumPrinter } from '../../src/hosts/common/chromiumPdf';
import { ensureBuilt } from '../../src/hosts/common/ensureBuilt';
import { findChromium } from '../../src/hosts/common/findChromium';
import { startWebHost } from '../../src/hosts/web/webHost';
import { createApiHandlers } from '../../src/services/apiHandlers';
import { exportDeck } from '../../src/services/deck/deckExportService';
import { deckFor } from '../../src/services/deck/deckService';
import { brandingView, saveBranding } from '../../src/services/deck/brandingService';
import { loadDemo } from '../../src/services/demo/demoService';
import { dispatch } from '../../src/services/dispatch';
import { portfolioHealth } from '../../src/services/health/healthService';
import { listPortfolio } from '../../src/services/portfolioService';
import { renewalDetail } from '../../src/services/renewals/renewalDetailService';
import { forecastView } from '../../src/services/renewals/forecastService';
import { forecastQuery } from '../../src/shared/api/forecastInputs';
import { ServiceError } from '../../src/services/serviceError';
import { INTERNAL_SLIDES } from '../../src/shared/api/deckViews';
import { deckMetadata } from '../../src/shared/deck/deckMetadata';
import { allDeckWords } from '../../src/shared/deck/deckWords';
import { createFormatter } from '../../src/shared/format/formatters';
import { deckText, INTERNAL_WORDS } from './deckText';
import { tempWorkspace } from './testWorkspace';

const ws = tempWorkspace();
const PERIOD = { from: '2026-08-24', to: '2026-11-23' };
let accounts: { id: string; name: string }[] = [];
beforeAll(() => {
  loadDemo(ws, { accounts: 40, seed: 7, today: '2026-11-22' });
  accounts = listPortfolio(ws).map((a) => ({ id: a.id, name: a.name }));
});
afterAll(() => ws.cleanup());

const deck = (accountId: string, audience: 'customer' | 'internal', lang: 'en' | 'zh-CN' = 'en') =>
  deckFor(ws, { accountId, audience, lang, ...PERIOD });

/** The account with the most to tell: the most slides in its internal deck. */
function richest(): { id: string; name: string } {
  return [...accounts].sort(
    (a, b) => deck(b.id, 'internal').slides.length - deck(a.id, 'internal').slides.length,
  )[0]!;
}

/** The text runs (`<a:t>`) of every slide, chart and note part of a PPTX. */
async function pptxParts(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter(
    (n) => n.startsWith('ppt/') && n.endsWith('.xml'),
  ))
    parts.set(name, await zip.file(name)!.async('string'));
  return parts;
}

const unescapeXml = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const runs = (xml: string) =>
  [...xml.matchAll(/<(?:a:t|c:v)>([^<]*)<\/(?:a:t|c:v)>/g)].map((m) => unescapeXml(m[1]!));

describe('QBR decks from local data', () => {
  it('never shows a customer internal health, risks or the forecast, in either language', () => {
    expect(accounts.length).toBe(40);
    for (const account of accounts) {
      const internalDeck = deck(account.id, 'internal');
      const [health] = portfolioHealth(ws, { accountId: account.id });
      for (const lang of ['en', 'zh-CN'] as const) {
        const d = deck(account.id, 'customer', lang);
        expect(d.slides.filter((s) => INTERNAL_SLIDES.includes(s.id))).toEqual([]);
        const text = deckText(d);
        for (const key of INTERNAL_WORDS)
          for (const word of allDeckWords(key))
            expect(text, `${account.name} ${key}`).not.toContain(word);
        if (health) expect(text).not.toContain(`${health.score} (${health.band})`);
      }
      expect(internalDeck.slides.length).toBeGreaterThanOrEqual(
        deck(account.id, 'customer').slides.length,
      );
    }
  });

  it('puts the health engine’s score and drivers and the forecast’s numbers on the internal slides', () => {
    const f = createFormatter('en');
    const upcoming = forecastView(
      ws,
      forecastQuery.parse({ from: '2026-11-22', to: '2030-01-01' }),
    ).rows.sort((a, b) => a.endDate.localeCompare(b.endDate));
    let checked = 0;
    for (const account of accounts) {
      const d = deck(account.id, 'internal');
      const [health] = portfolioHealth(ws, { accountId: account.id });
      const healthSlide = d.slides.find((s) => s.id === 'health');
      expect(Boolean(healthSlide)).toBe(Boolean(health));
      if (!health || !healthSlide) continue;
      const kpis = healthSlide.blocks[0]!;
      expect(kpis.kind === 'kpis' && kpis.items[0]!.value).toBe(`${health.score} (${health.band})`);
      const drivers = healthSlide.blocks[1]!;
      expect(drivers.kind === 'bullets' && drivers.items.length).toBe(health.drivers.length);
      const renewalSlide = d.slides.find((s) => s.id === 'renewal');
      // The account's next renewal, as the forecast lists it.
      const next = upcoming.find((r) => r.accountId === account.id);
      expect(Boolean(renewalSlide)).toBe(true);
      if (!renewalSlide || !next) continue;
      const row = renewalDetail(ws, next.contractId).row;
      const items = renewalSlide.blocks[0]!.kind === 'kpis' ? renewalSlide.blocks[0]!.items : [];
      const value = (label: string) => items.find((i) => i.label === label)?.value;
      expect(value('Contract ends')).toBe(f.date(row.endDate));
      expect(value('Target ARR')).toBe(f.money(row.targetArrMinor, row.currency));
      expect(value('Probability')).toBe(f.percent(row.probability, 1));
      expect(value('Expected ARR')).toBe(f.money(row.expected, row.currency));
      expect(value('Best case')).toBe(f.money(row.best, row.currency));
      expect(value('Worst case')).toBe(f.money(row.worst, row.currency));
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('writes a PPTX with one slide per deck slide, its titles, native charts with their axes', async () => {
    const account = richest();
    const d = deck(account.id, 'internal');
    expect(d.slides.length).toBeGreaterThanOrEqual(10);
    const parts = await pptxParts(await deckPptx(d));
    const slides = [...parts.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(d.slides.length);
    d.slides.forEach((s, i) => {
      const text = runs(parts.get(`ppt/slides/slide${i + 1}.xml`)!).join(' ');
      expect(text).toContain(s.title);
    });
    const chartBlocks = d.slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart');
    const charts = [...parts.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(chartBlocks.length);
    for (const name of charts) {
      const xml = parts.get(name)!;
      const defined = new Set(
        [...xml.matchAll(/<c:(?:catAx|valAx)>\s*<c:axId val="(\d+)"/g)].map((m) => m[1]),
      );
      const referenced = [...xml.matchAll(/<c:axId val="(\d+)"/g)].map((m) => m[1]);
      expect(defined.size, name).toBe(2);
      for (const id of referenced) expect(defined, `${name} axis ${id}`).toContain(id);
      expect(xml).not.toMatch(/<c:v>\s*<\/c:v>/);
    }
    // Chart values are data, not pictures: the utilisation series is in the chart part.
    const utilisation = chartBlocks[0]!.kind === 'chart' ? chartBlocks[0]!.chart : null;
    const firstChart = runs(parts.get(charts[0]!)!);
    for (const v of utilisation!.series[0]!.values.filter((x): x is number => x !== null))
      expect(firstChart).toContain(String(v));
  });

  it('writes a customer PPTX without a word of the internal slides, in Chinese too', async () => {
    const account = richest();
    for (const lang of ['en', 'zh-CN'] as const) {
      const parts = await pptxParts(await deckPptx(deck(account.id, 'customer', lang)));
      const text = [...parts.values()].flatMap(runs).join('\n');
      expect(text).toContain(account.name);
      for (const key of INTERNAL_WORDS)
        for (const word of allDeckWords(key)) expect(text, key).not.toContain(word);
    }
  });

  it('exports only the chosen slides, and says why it cannot make a PDF without a browser', async () => {
    const account = richest();
    const input = {
      accountId: account.id,
      audience: 'customer' as const,
      lang: 'en' as const,
      ...PERIOD,
      format: 'pptx' as const,
      slides: ['title' as const, 'adoption' as const],
    };
    const file = await exportDeck(ws, input);
    expect(file.fileName).toBe(`QBR ${account.name} ${PERIOD.from} customer.pptx`);
    const parts = await pptxParts(file.bytes);
    expect([...parts.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(2);
    await expect(exportDeck(ws, { ...input, slides: ['health'] })).rejects.toThrow(
      /None of the chosen slides \(health\) is in this customer deck/,
    );
    await expect(exportDeck(ws, { ...input, format: 'pdf' })).rejects.toMatchObject({
      code: 'unavailable',
    });
  });

  it('refuses bad deck requests through the API with a clear error', async () => {
    const handlers = createApiHandlers(ws);
    const account = accounts[0]!;
    const base = { accountId: account.id, ...PERIOD };
    for (const input of [
      { ...base, audience: 'board' },
      { ...base, from: '2026-11-23', to: '2026-08-24' },
      { ...base, lang: 'fr' },
      { ...base, accountId: '' },
    ]) {
      const result = await dispatch(handlers, 'qbr:deck', input);
      expect(result, JSON.stringify(input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    const missing = await dispatch(handlers, 'qbr:deck', {
      ...base,
      accountId: '01a22ee6-0000-7000-8000-000000000000',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const pdf = await dispatch(handlers, 'qbr:export', { ...base, format: 'pdf' });
    expect(pdf).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});

const noChromium = !findChromium();
if (noChromium) console.warn('qbrDeck: PDF printing skipped — no Chromium-based browser found');

describe.skipIf(noChromium)('the deck printed to PDF', () => {
  it('is titled as the deck, in its language', async () => {
    ensureBuilt('stale');
    const host = await startWebHost({
      handlers: createApiHandlers(ws),
      rendererDir: RENDERER_DIR,
    });
    try {
      const account = richest();
      const input = {
        accountId: account.id,
        audience: 'internal' as const,
        lang: 'zh-CN' as const,
        ...PERIOD,
        format: 'pdf' as const,
        slides: [],
      };
      const file = await exportDeck(
        ws,
        input,
        chromiumPrinter(() => host.url),
      );
      expect(file.mimeType).toBe('application/pdf');
      const pdf = await getDocument({ data: new Uint8Array(file.bytes), verbosity: 0 }).promise;
      const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
      await pdf.cleanup();
      const title = deckMetadata(deck(account.id, 'internal', 'zh-CN')).title;
      expect(title).toContain(account.name);
      expect(title).toContain('季度业务回顾');
      expect(info.Title).toBe(title);
    } finally {
      await host.close();
    }
  }, 240_000);
});

describe('deck branding', () => {
  const PNG =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

  it('is saved once for the team, shown on every deck, and a bad value changes nothing', async () => {
    expect(brandingView(ws)).toEqual({ companyName: '', accentColor: '#4263EB', logo: '' });
    saveBranding(ws, { companyName: 'Northwind Success', accentColor: '#0CA678', logo: PNG });
    const saved = brandingView(ws);
    expect(saved).toEqual({ companyName: 'Northwind Success', accentColor: '#0CA678', logo: PNG });
    for (const bad of [
      { ...saved, accentColor: 'green' },
      { ...saved, logo: 'data:image/gif;base64,R0lGOD' },
      { ...saved, logo: `data:image/png;base64,${'A'.repeat(600_000)}` },
    ]) {
      expect(() => saveBranding(ws, bad)).toThrow(ServiceError);
      expect(brandingView(ws)).toEqual(saved);
    }
    const account = richest();
    const d = deck(account.id, 'customer');
    expect(d.branding).toEqual(saved);
    const parts = await pptxParts(await deckPptx(d));
    const title = parts.get('ppt/slides/slide1.xml')!;
    expect(runs(title).join(' ')).toContain('Northwind Success');
    expect(title).toContain('srgbClr val="0CA678"');
    const zip = await JSZip.loadAsync(await deckPptx(d));
    expect(Object.keys(zip.files).some((n) => /^ppt\/media\/.+\.png$/.test(n))).toBe(true);
    // Saving again updates the one row instead of adding another.
    saveBranding(ws, { ...saved, companyName: 'Northwind CS' });
    expect(ws.db.sqlite.prepare('SELECT count(*) FROM branding').pluck().get()).toBe(1);
  });
});
