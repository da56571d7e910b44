/**
 * `npm run bench [-- --accounts N] [--portfolio FILE] [--only workbench|health|host|forecast|deck|sync|import|encryption]`: the performance
 * budgets of DESIGN.md §11 that exist so far,
 * each printed with its ratio to a baseline measured in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt } from '../../src/hosts/common/ensureBuilt';
import { openWorkspace } from '../../src/services/workspace';
import { report, type Figure } from './benchUtil';
import { benchDemoGeneration } from './demoGenerationBench';
import { benchPortfolio } from './portfolioBench';
import { benchSearch } from './searchBench';
import { benchFirstSync } from './firstSyncBench';
import { benchHealth } from './healthBench';
import { benchHostResponsiveness } from './hostResponsivenessBench';
import { benchForecast } from './forecastBench';
import { benchDeck } from './deckBench';
import { benchSyncApply } from './syncApplyBench';
import { benchImport } from './importBench';
import { benchEncryption } from './encryptionBench';
import { benchConcurrentClients, benchPushPull } from './syncServerBench';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '10000' },
    keep: { type: 'boolean' },
    portfolio: { type: 'string' },
    only: { type: 'string' },
  },
});
const accounts = Number(values.accounts);
/** The day the portfolio is generated as of; the forecast bench looks at its quarter. */
const GENERATED_ON = '2026-11-22';
const dir = mkdtempSync(join(tmpdir(), 'outpost-bench-'));
const figures: Figure[] = [];
try {
  // --only workbench|health|host|forecast|deck|sync|import|encryption runs one group.
  // A comma list runs several: --only workbench,health,forecast.
  const only = values.only?.split(',') ?? [];
  const group = (name: string) => only.length === 0 || only.includes(name);
  // Import brings its own book in; the other groups share the generated portfolio.
  const ownData = new Set(['import', 'encryption']);
  if (only.length === 0 || only.some((name) => !ownData.has(name))) {
    ensureBuilt();
    // --portfolio FILE reuses a generated portfolio and skips the generation figure.
    let ws;
    if (values.portfolio) {
      ws = openWorkspace(values.portfolio);
    } else {
      const generated = benchDemoGeneration(dir, accounts, GENERATED_ON);
      figures.push(generated.figure);
      ws = generated.ws;
    }
    if (group('workbench')) {
      figures.push(...benchSearch(ws));
      figures.push(await benchPortfolio(ws));
    }
    if (group('health')) figures.push(...benchHealth(ws));
    if (group('host')) figures.push(...(await benchHostResponsiveness(ws, dir)));
    if (group('forecast')) figures.push(...(await benchForecast(ws, GENERATED_ON)));
    if (group('deck')) figures.push(...(await benchDeck(ws, GENERATED_ON)));
    if (group('sync')) {
      figures.push(benchSyncApply(ws, dir));
      figures.push(await benchPushPull(dir));
      figures.push(await benchConcurrentClients(dir));
      figures.push(...(await benchFirstSync(ws, dir)));
    }
    ws.close();
  }
  if (group('import')) figures.push(...benchImport(dir));
  if (group('encryption')) figures.push(...(await benchEncryption(dir, accounts, GENERATED_ON)));
  report(figures);
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
