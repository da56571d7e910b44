/**
 * A QBR deck of one account as PPTX (DESIGN.md §11: < 1 s), for the account with the most
 * records in the portfolio, against one raw SQL read of that account's records. The deck model
 * alone and the PDF (printed by Chromium from the app's print page) are reported beside it.
 */
import { addDays } from '../../src/core/dates';
import { chromiumPrinter } from '../../src/hosts/common/chromiumPdf';
import { RENDERER_DIR } from '../../src/hosts/common/appPaths';
import { findChromium } from '../../src/hosts/common/findChromium';
import { startWebHost } from '../../src/hosts/web/webHost';
import { createApiHandlers } from '../../src/services/apiHandlers';
import { exportDeck } from '../../src/services/deck/deckExportService';
import { deckFor } from '../../src/services/deck/deckService';
import type { Workspace } from '../../src/services/workspace';
import type { DeckExportInput } from '../../src/shared/api/deckInputs';
import { medianAsync, ms, type Figure } from './benchUtil';

const TABLES = [
  'contracts',
  'stakeholders',
  'touchpoints',
  'action_items',
  'objectives',
  'milestones',
  'usage_snapshots',
  'survey_responses',
  'support_tickets',
];

const RICHEST = `
  SELECT a.id, a.name,
         (SELECT count(*) FROM touchpoints t WHERE t.account_id = a.id AND t.deleted = 0) +
         (SELECT count(*) FROM usage_snapshots u WHERE u.account_id = a.id AND u.deleted = 0) +
         (SELECT count(*) FROM support_tickets s WHERE s.account_id = a.id AND s.deleted = 0) AS n
    FROM accounts a WHERE a.deleted = 0 ORDER BY n DESC LIMIT 1`;

export async function benchDeck(ws: Workspace, generatedOn: string): Promise<Figure[]> {
  const db = ws.db.sqlite;
  const account = db.prepare(RICHEST).get() as { id: string; name: string; n: number };
  const reads = TABLES.map((t) =>
    db.prepare(`SELECT * FROM ${t} WHERE account_id = ? AND deleted = 0`),
  );
  const rawRead = () => reads.reduce((n, read) => n + read.all(account.id).length, 0);
  const records = rawRead();
  const rawMs = await medianAsync(5, () => Promise.resolve(rawRead()));
  const baseline = `raw SQL read of its ${records} records ${ms(rawMs)}`;
  const input: DeckExportInput = {
    accountId: account.id,
    audience: 'internal',
    from: addDays(generatedOn, -89),
    to: addDays(generatedOn, 1),
    lang: 'en',
    format: 'pptx',
    slides: [],
  };
  await exportDeck(ws, input);
  const internal = await medianAsync(5, () => exportDeck(ws, input));
  const customer = await medianAsync(5, () => exportDeck(ws, { ...input, audience: 'customer' }));
  const model = await medianAsync(5, () => Promise.resolve(deckFor(ws, input)));
  const slides = deckFor(ws, input).slides.length;
  const figure = (name: string, value: number, budget: string, pass = true): Figure => ({
    name,
    value: ms(value),
    baseline,
    ratio: value / rawMs,
    budget,
    pass,
  });
  const figures = [
    figure(
      `QBR deck PPTX, internal, ${slides} slides, for ${account.name} (${records} records)`,
      internal,
      '< 1 s',
      internal < 1000,
    ),
    figure('the same account’s customer deck PPTX', customer, '< 1 s', customer < 1000),
    figure('its deck model alone (slides, words and chart data)', model, '—'),
  ];
  if (!findChromium()) {
    console.log('deck PDF not measured: no Chromium on this machine to print with');
    return figures;
  }
  const host = await startWebHost({ handlers: createApiHandlers(ws), rendererDir: RENDERER_DIR });
  try {
    const print = chromiumPrinter(() => host.url);
    const pdf = { ...input, format: 'pdf' as const };
    await exportDeck(ws, pdf, print);
    const pdfMs = await medianAsync(3, () => exportDeck(ws, pdf, print));
    figures.push(figure('the internal deck as PDF (Chromium start, draw, print)', pdfMs, '—'));
  } finally {
    await host.close();
  }
  return figures;
}
