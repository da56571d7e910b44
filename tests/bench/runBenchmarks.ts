/**
 * `npm run bench [-- --accounts N]`: the performance budgets of DESIGN.md §11 that exist so far,
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

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '10000' },
    keep: { type: 'boolean' },
    portfolio: { type: 'string' },
  },
});
const accounts = Number(values.accounts);
const dir = mkdtempSync(join(tmpdir(), 'outpost-bench-'));
const figures: Figure[] = [];
try {
  ensureBuilt();
  // --portfolio FILE reuses a generated portfolio and skips the generation figure.
  let ws;
  if (values.portfolio) {
    ws = openWorkspace(values.portfolio);
  } else {
    const generated = benchDemoGeneration(dir, accounts, '2026-11-22');
    figures.push(generated.figure);
    ws = generated.ws;
  }
  figures.push(...benchSearch(ws));
  figures.push(await benchPortfolio(ws));
  ws.close();
  report(figures);
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
