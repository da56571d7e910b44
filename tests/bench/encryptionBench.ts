/**
 * Encryption at rest against the same work on a plain database, in the same run (DESIGN.md §11:
 * ≤ 1.15 ×): demo generation, recomputing every health score, full-text search p95 and the
 * quarter's forecast with its XLSX, each on a plain and an encrypted portfolio of the same size,
 * measured turn about so that neither enjoys a quieter moment (generation a tenth at a time). Plus the time to back up and to
 * restore the encrypted portfolio, against a plain file copy of it.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { quarterOf } from '../../src/core/periods';
import { readMigrations } from '../../src/db/migrations';
import { defaultMigrationsDir } from '../../src/db/openDatabase';
import { backUp, restoreBackup } from '../../src/services/backup/backupService';
import { loadDemo } from '../../src/services/demo/demoService';
import { refreshHealth } from '../../src/services/health/healthRefresh';
import { exportForecast } from '../../src/services/renewals/forecastExportService';
import { search } from '../../src/services/searchService';
import { openWorkspace, type Workspace } from '../../src/services/workspace';
import { forecastQuery } from '../../src/shared/api/forecastInputs';
import { ms, percentile, timed, timedAsync, type Figure } from './benchUtil';
import { SEARCH_QUERIES } from './searchBench';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

function compare(name: string, plain: number, encrypted: number, unit = ms): Figure {
  const ratio = encrypted / plain;
  return {
    name: `encrypted vs plain: ${name}`,
    value: unit(encrypted),
    baseline: `plain ${unit(plain)}`,
    ratio,
    budget: '≤ 1.15 ×',
    pass: ratio <= 1.15,
  };
}

/** Runs `step` on each workspace in turn, `rounds` times; the median of each. */
async function turnAbout(
  pair: [Workspace, Workspace],
  rounds: number,
  step: (ws: Workspace) => Promise<number> | number,
): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < rounds; round++)
    for (const side of [0, 1] as const) times[side].push(await step(pair[side]));
  return [median(times[0]), median(times[1])];
}

function searchP95(ws: Workspace): number {
  const times: number[] = [];
  // 400 queries of about a millisecond each: fewer let one slow query decide the p95.
  for (let round = 0; round < 20; round++)
    for (const q of SEARCH_QUERIES) times.push(timed(() => search(ws, { q, limit: 20 })).ms);
  return percentile(times, 95);
}

export async function benchEncryption(
  dir: string,
  accounts: number,
  today: string,
): Promise<Figure[]> {
  const key = randomBytes(32);
  const files = [join(dir, 'plain.db'), join(dir, 'encrypted.db')] as const;
  const at = Date.parse(`${today}T09:00:00Z`);
  const open = (side: 0 | 1) =>
    openWorkspace(files[side], { key: side === 1 ? key : null, wallClock: () => at });
  const pair = [open(0), open(1)] as [Workspace, Workspace];
  // Generated a tenth at a time, turn about, which side goes first changing each time.
  const generation: [number, number] = [0, 0];
  const slice = Math.max(1, Math.ceil(accounts / 10));
  for (let first = 0, turn = 0; first < accounts; first += slice, turn++) {
    const count = Math.min(slice, accounts - first);
    for (const side of turn % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const))
      generation[side] += timed(() =>
        loadDemo(pair[side], { accounts: count, firstIndex: first, seed: 1, today }),
      ).ms;
  }
  const figures = [compare(`generate ${accounts.toLocaleString('en')} accounts`, ...generation)];

  const health = await turnAbout(pair, 3, (ws) => {
    ws.db.sqlite.exec('DELETE FROM health_scores; DELETE FROM alerts');
    return timed(() => refreshHealth(ws, 'all')).ms;
  });
  figures.push(compare('recompute every health score', ...health));
  const searches = await turnAbout(pair, 5, searchP95);
  figures.push(compare('full-text search p95', ...searches));
  const query = forecastQuery.parse({ ...quarterOf(today), currency: 'USD' });
  const forecast = await turnAbout(
    pair,
    3,
    async (ws) =>
      (await timedAsync(() => exportForecast(ws, { ...query, format: 'xlsx', lang: 'en' }))).ms,
  );
  figures.push(compare("the quarter's forecast and its XLSX", ...forecast));

  // Backup and restore of the encrypted portfolio, against copying its file.
  const encrypted = pair[1];
  pair[0].close();
  const copy = timed(() => copyFileSync(files[1], join(dir, 'copy.db'))).ms;
  rmSync(join(dir, 'copy.db'));
  const size = statSync(files[1]).size;
  const backup = timed(() => backUp(encrypted, join(dir, 'portfolio.bak'))).ms;
  encrypted.close();
  const knownVersion = readMigrations(defaultMigrationsDir()).length;
  const restore = timed(() =>
    restoreBackup(join(dir, 'restored.db'), join(dir, 'portfolio.bak'), {
      key,
      candidates: [],
      knownVersion,
      stamp: 'bench',
    }),
  ).ms;
  const baseline = `a file copy of the ${(size / 2 ** 20).toFixed(0)} MiB database ${ms(copy)}`;
  for (const [name, value] of [
    ['back up the encrypted portfolio (checked copy with its checksum)', backup],
    ['restore it (checked, checksum verified, swapped in)', restore],
  ] as const)
    figures.push({
      name,
      value: ms(value),
      baseline,
      ratio: value / copy,
      budget: 'reported',
      pass: true,
    });
  return figures;
}
