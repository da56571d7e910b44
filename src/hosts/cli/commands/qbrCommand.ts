/**
 * `qbr ACCOUNT --out FILE.pptx|FILE.pdf [--audience customer|internal] [--from D --to D]
 * [--lang en|zh-CN] [--slides a,b]`: one account's QBR deck as a file (DESIGN.md §7). ACCOUNT is
 * an id or an exact name. The PDF is printed from the app's own print page, served by an
 * in-process web host and printed by a Chromium found on the machine.
 */
import { extname } from 'node:path';
import { addDays } from '../../../core/dates';
import { resolveAccount } from '../../../services/accountLookup';
import { createApiHandlers } from '../../../services/apiHandlers';
import { exportDeck, type PdfPrinter } from '../../../services/deck/deckExportService';
import { ServiceError } from '../../../services/serviceError';
import type { Workspace } from '../../../services/workspace';
import type { DeckExportInput } from '../../../shared/api/deckInputs';
import { AUDIENCES, SLIDE_IDS, type Audience, type SlideId } from '../../../shared/api/deckViews';
import { RENDERER_DIR } from '../../common/appPaths';
import { chromiumPrinter } from '../../common/chromiumPdf';
import { ensureBuilt } from '../../common/ensureBuilt';
import { findChromium, INSTALL_CHROMIUM } from '../../common/findChromium';
import { startWebHost } from '../../web/webHost';
import type { CliCommand, CliValues } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { checkOutFile, writeOutFile } from '../outFile';
import { parsePeriod } from '../reportOptions';
import { UsageError } from '../usageError';

const LANGS = ['en', 'zh-CN'] as const;

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T) {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${String(value)}"`);
  return value as T;
}

function parseSlides(value: unknown): SlideId[] {
  if (value === undefined) return [];
  const ids = String(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !(SLIDE_IDS as readonly string[]).includes(id));
  if (unknown.length)
    throw new UsageError(
      `--slides takes slide ids from ${SLIDE_IDS.join(', ')}; not known: ${unknown.join(', ')}`,
    );
  return ids as SlideId[];
}

/** The period asked for, or null for the default: the last 90 days up to and including today. */
function askedPeriod(values: CliValues): { from: string; to: string } | null {
  return values.from === undefined && values.to === undefined ? null : parsePeriod(values);
}

/** A printer backed by a web host of this workspace that lives as long as the command. */
async function withPrinter<T>(ws: Workspace, job: (print: PdfPrinter) => Promise<T>): Promise<T> {
  if (!findChromium()) throw new Error(`A PDF needs a browser to print with. ${INSTALL_CHROMIUM}.`);
  ensureBuilt();
  const host = await startWebHost({ handlers: createApiHandlers(ws), rendererDir: RENDERER_DIR });
  try {
    return await job(chromiumPrinter(() => host.url));
  } finally {
    await host.close();
  }
}

export const qbrCommand: CliCommand = {
  name: 'qbr',
  summary: "One account's QBR deck as PowerPoint or PDF (customer or internal audience)",
  usage:
    'qbr ACCOUNT --out FILE.pptx|FILE.pdf [--audience customer|internal] [--from D --to D]\n  [--lang en|zh-CN] [--slides ID,ID…]',
  options: {
    out: { type: 'string' },
    audience: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    lang: { type: 'string' },
    slides: { type: 'string' },
  },
  allowPositionals: true,
  async run(ctx, values, positionals) {
    if (positionals.length !== 1)
      throw new UsageError(
        positionals.length === 0
          ? 'qbr needs the account: its id or its exact name'
          : `qbr takes one account, got ${positionals.length} (quote a name with spaces)`,
      );
    const out = values.out;
    if (typeof out !== 'string' || out === '')
      throw new UsageError('qbr needs --out FILE.pptx or --out FILE.pdf');
    const format = extname(out).toLowerCase().slice(1);
    if (format !== 'pptx' && format !== 'pdf')
      throw new UsageError(`--out must end in .pptx or .pdf, got "${out}"`);
    const audience = oneOf<Audience>('audience', values.audience, AUDIENCES, 'customer');
    const lang = oneOf('lang', values.lang, LANGS, 'en');
    const slides = parseSlides(values.slides);
    const asked = askedPeriod(values);
    checkOutFile(out, ctx.lang);
    const ws = await openCliWorkspace(ctx);
    try {
      const today = ws.today();
      const window = asked ?? { from: addDays(today, -89), to: addDays(today, 1) };
      let account;
      try {
        account = resolveAccount(ws, positionals[0]!);
      } catch (error) {
        if (error instanceof ServiceError) throw new UsageError(error.message);
        throw error;
      }
      const input: DeckExportInput = {
        accountId: account.id,
        audience,
        ...window,
        lang,
        format,
        slides,
      };
      let file;
      try {
        file =
          format === 'pptx'
            ? await exportDeck(ws, input)
            : await withPrinter(ws, (print) => exportDeck(ws, input, print));
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'invalid_input')
          throw new UsageError(error.message);
        throw error;
      }
      writeOutFile(out, file.bytes);
      ctx.io.err(
        `Wrote the ${audience} QBR deck of ${account.name} (${window.from} … ${addDays(window.to, -1)}) to ${out}`,
      );
      return 0;
    } finally {
      ws.close();
    }
  },
};
