/**
 * A deck as a file: PPTX written here, PDF printed by the host from the deck's print page (the
 * same React slides as the preview) — Electron's printToPDF in the desktop app, a Chromium found
 * on the machine in the local web host and the CLI.
 */
import { reportProgress } from '../taskContext';
import type { DeckExportInput } from '../../shared/api/deckInputs';
import type { Deck } from '../../shared/api/deckViews';
import type { ExportFile } from '../../shared/api/forecastViews';
import { deckPptx } from '../../export/deckPptx';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';
import { deckFor } from './deckService';

/** Prints a page of the app (a hash route) to PDF bytes. */
export type PdfPrinter = (route: string) => Promise<Buffer>;

export const PPTX_MIME =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The route of the page that shows the deck's slides for printing. */
export function printRoute(input: DeckExportInput): string {
  const params = new URLSearchParams({
    account: input.accountId,
    audience: input.audience,
    from: input.from,
    to: input.to,
    lang: input.lang,
    slides: input.slides.join(','),
  });
  return `#/print/qbr?${params.toString()}`;
}

/** The deck with only the chosen slides (all of them when none are chosen). */
export function chosenSlides(deck: Deck, slides: readonly string[]): Deck {
  if (slides.length === 0) return deck;
  const wanted = new Set(slides);
  return { ...deck, slides: deck.slides.filter((s) => wanted.has(s.id)) };
}

function fileName(deck: Deck, extension: string): string {
  const name = [...deck.accountName]
    .map((c) => (c.charCodeAt(0) < 32 || '/\\:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `QBR ${name} ${deck.from} ${deck.audience}.${extension}`;
}

export async function exportDeck(
  ws: Workspace,
  input: DeckExportInput,
  printPdf?: PdfPrinter,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const whole = deckFor(ws, input);
  const deck = chosenSlides(whole, input.slides);
  if (deck.slides.length === 0)
    throw new ServiceError(
      'invalid_input',
      `None of the chosen slides (${input.slides.join(', ')}) is in this ${input.audience} deck; its slides are ${whole.slides.map((s) => s.id).join(', ')}`,
    );
  if (input.format === 'pptx')
    return { fileName: fileName(deck, 'pptx'), mimeType: PPTX_MIME, bytes: await deckPptx(deck) };
  if (!printPdf)
    throw new ServiceError(
      'unavailable',
      'PDF export needs a Chromium-based browser to print with; export PPTX instead',
    );
  // The deck is built; printing it is the long step.
  reportProgress(1, 2);
  const bytes = await printPdf(printRoute(input));
  reportProgress(2, 2);
  return { fileName: fileName(deck, 'pdf'), mimeType: 'application/pdf', bytes };
}

export async function exportDeckFile(
  ws: Workspace,
  input: DeckExportInput,
  printPdf?: PdfPrinter,
): Promise<ExportFile> {
  const file = await exportDeck(ws, input, printPdf);
  return {
    fileName: file.fileName,
    mimeType: file.mimeType,
    base64: file.bytes.toString('base64'),
  };
}
