import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, THROWAWAY } from '../../../tests/integration/testWorkspace';
import { createRecord } from '../../services/recordService';
import { openWorkspace } from '../../services/workspace';
import { runCli } from './runCli';

let cleanup = () => {};
afterEach(() => cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, THROWAWAY);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('outpost CLI', () => {
  it('generates a demo portfolio, lists accounts and exports them deterministically', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const a = join(tmp.dir, 'a.db');
    const b = join(tmp.dir, 'b.db');
    expect(
      (await cli('--db', a, 'demo', '--accounts', '12', '--seed', '5', '--today', '2026-11-22'))
        .code,
    ).toBe(0);
    expect(
      (await cli('demo', '--accounts', '12', '--seed', '5', '--today', '2026-11-22', '--db', b))
        .code,
    ).toBe(0);
    const list = await cli('--db', a, 'accounts', '--json');
    expect(JSON.parse(list.out)).toHaveLength(12);
    const text = await cli('--db', a, 'accounts');
    expect(text.out).toMatch(/^ID\s+NAME\s+SEGMENT/);
    expect(text.out).toContain('12 accounts');
    const exportA = await cli('--db', a, 'export', '--json');
    const exportB = await cli('--db', b, 'export', '--json');
    expect(exportA.out).toBe(exportB.out);
    expect(Object.keys(JSON.parse(exportA.out) as object)).toContain('touchpoints');
    const outFile = join(tmp.dir, 'export.json');
    expect((await cli('--db', a, 'export', '--json', '--out', outFile)).code).toBe(0);
    expect(readFileSync(outFile, 'utf8').trimEnd()).toBe(exportA.out);
    const edits = await cli('--db', a, 'demo', '--edits', '15', '--seed', '3');
    expect(edits.out).toMatch(/Made 15 edits/);
  });

  it('answers bad arguments on stderr with exit code 2 and writes nothing', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const db = join(tmp.dir, 'never.db');
    const cases: [string[], RegExp][] = [
      [['--db', db, 'demo', '--accounts', 'many'], /--accounts must be a whole number/],
      [['--db', db, 'demo', '--accounts', '0'], /between 1 and 10000/],
      [['--db', db, 'demo', '--today', '2026-02-30'], /--today must be a date/],
      [['--db', db, 'demo', '--colour'], /Unknown option '--colour'/],
      [['--db', db, 'export'], /needs --json/],
      [['--db', db, 'frobnicate'], /Unknown command "frobnicate"/],
      [['--db'], /--db needs a file name/],
      [[], /Usage: outpost/],
      [['--db', db, 'forecast', '--from', '2026-10-01'], /--from YYYY-MM-DD --to YYYY-MM-DD/],
      [
        ['--db', db, 'forecast', '--from', '2026-10-01', '--to', '2026-09-01'],
        /--to must be after/,
      ],
      [
        ['--db', db, 'forecast', '--from', '2026-10-01', '--to', '2027-01-01', '--format', 'pdf'],
        /--format must be one of/,
      ],
      [
        ['--db', db, 'forecast', '--from', '2026-10-01', '--to', '2027-01-01', '--format', 'xlsx'],
        /give --out/,
      ],
      [
        ['--db', db, 'forecast', '--from', '2026-10-01', '--to', '2027-01-01', '--currency', 'XYZ'],
        /--currency must be one of/,
      ],
      [
        [
          '--db',
          db,
          'forecast',
          '--from',
          '2026-10-01',
          '--to',
          '2027-01-01',
          '--as-of',
          '2026-13-01',
        ],
        /--as-of must be a date/,
      ],
      [
        ['--db', db, 'kpis', '--from', '2026-01-01', '--to', '2027-01-01', '--margin', '0'],
        /--margin must be between 1 and 100/,
      ],
      [['--db', db, 'qbr', '--out', 'deck.pptx'], /needs the account/],
      [['--db', db, 'qbr', 'Acme', 'Corp', '--out', 'deck.pptx'], /takes one account, got 2/],
      [['--db', db, 'qbr', 'Acme'], /needs --out FILE.pptx or --out FILE.pdf/],
      [['--db', db, 'qbr', 'Acme', '--out', 'deck.key'], /--out must end in .pptx or .pdf/],
      [
        ['--db', db, 'qbr', 'Acme', '--out', 'd.pptx', '--audience', 'board'],
        /--audience must be one of customer, internal/,
      ],
      [['--db', db, 'qbr', 'Acme', '--out', 'd.pptx', '--lang', 'fr'], /--lang must be one of/],
      [
        ['--db', db, 'qbr', 'Acme', '--out', 'd.pptx', '--slides', 'title,forecast'],
        /not known: forecast/,
      ],
      [
        ['--db', db, 'qbr', 'Acme', '--out', 'd.pptx', '--from', '2026-09-01'],
        /--from YYYY-MM-DD --to YYYY-MM-DD/,
      ],
      [['--db', db, 'sync', 'rest'], /Unexpected "rest"/],
      [['--db', db, 'sync', 'reset', '--token', 'opd_x'], /sync reset takes no --server/],
      [['--db', db, 'sync', 'reset', '--lang', 'fr'], /--lang must be en or zh-CN/],
    ];
    for (const [argv, message] of cases) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err, argv.join(' ')).toMatch(message);
      expect(result.out).toBe('');
    }
    expect(existsSync(db)).toBe(false);
  });

  it("says what sync did in the user's language, or in the one --lang names", async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const db = join(tmp.dir, 's.db');
    expect((await cli('--db', db, 'demo', '--accounts', '3', '--seed', '2')).code).toBe(0);
    const reset = async (env: NodeJS.ProcessEnv, ...extra: string[]) => {
      const out: string[] = [];
      const code = await runCli(
        ['--db', db, 'sync', 'reset', ...extra],
        { out: (t) => out.push(t), err: () => {} },
        env,
      );
      return { code, out: out.join('\n') };
    };
    const chinese = await reset({ LANG: 'zh_CN.UTF-8' });
    expect(chinese.code).toBe(0);
    expect(chinese.out).toContain('同步状态已重置');
    expect((await reset({ LANG: 'zh_CN.UTF-8' }, '--lang', 'en')).out).toContain(
      'Sync state reset',
    );
    expect((await reset({ LANG: 'en_GB.UTF-8' })).out).toContain('Sync state reset');
  });

  it('forecasts a window as text, JSON, CSV and XLSX, and reports its KPIs', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const db = join(tmp.dir, 'f.db');
    await cli('--db', db, 'demo', '--accounts', '30', '--seed', '2', '--today', '2026-11-22');
    const window = ['--from', '2026-10-01', '--to', '2027-01-01'];
    const json = await cli(
      '--db',
      db,
      'forecast',
      ...window,
      '--format',
      'json',
      '--currency',
      'USD',
    );
    expect(json.code).toBe(0);
    const data = JSON.parse(json.out) as {
      rollup: { reporting: { currency: string; totals: { due: number } } };
      renewals: { targetArrMinor: number; currency: string }[];
    };
    expect(data.rollup.reporting.currency).toBe('USD');
    expect(data.renewals.length).toBeGreaterThan(0);
    const text = await cli('--db', db, 'forecast', ...window, '--currency', 'USD');
    expect(text.out).toMatch(
      /^Renewals ending 2026-10-01 … 2026-12-31, as of \d{4}-\d{2}-\d{2}, reported in USD/,
    );
    expect(text.out).toMatch(/Forecast GRR/);
    const csvFile = join(tmp.dir, 'renewals.csv');
    const csv = await cli(
      '--db',
      db,
      'forecast',
      ...window,
      '--format',
      'csv',
      '--lang',
      'zh-CN',
      '--out',
      csvFile,
    );
    expect(csv.err).toMatch(new RegExp(`Wrote ${data.renewals.length} renewals`));
    expect(readFileSync(csvFile, 'utf8')).toMatch(/^\uFEFF客户,客户成功经理/);
    const xlsxFile = join(tmp.dir, 'renewals.xlsx');
    expect(
      (await cli('--db', db, 'forecast', ...window, '--format', 'xlsx', '--out', xlsxFile)).code,
    ).toBe(0);
    // An XLSX file is a zip archive.
    expect(readFileSync(xlsxFile).subarray(0, 2).toString()).toBe('PK');
    const kpis = await cli(
      '--db',
      db,
      'kpis',
      '--from',
      '2025-11-22',
      '--to',
      '2026-11-22',
      '--currency',
      'USD',
    );
    expect(kpis.out).toMatch(/^KPIs 2025-11-22 … 2026-11-21 in USD/);
    expect(kpis.out).toMatch(/GRR\s+\d+\.\d %/);
    const kpiJson = JSON.parse(
      (await cli('--db', db, 'kpis', '--from', '2025-11-22', '--to', '2026-11-22', '--json')).out,
    ) as {
      reporting: { grr: number };
    };
    expect(kpiJson.reporting.grr).toBeLessThanOrEqual(1);
  });

  it('writes a QBR deck as PowerPoint for an account named by id or by name', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const db = join(tmp.dir, 'q.db');
    await cli('--db', db, 'demo', '--accounts', '8', '--seed', '4', '--today', '2026-11-22');
    const [first, second] = JSON.parse((await cli('--db', db, 'accounts', '--json')).out) as {
      id: string;
      name: string;
    }[];
    const period = ['--from', '2026-08-24', '--to', '2026-11-23'];
    const byName = join(tmp.dir, 'by-name.pptx');
    const named = await cli(
      '--db',
      db,
      'qbr',
      first!.name.toUpperCase(),
      '--out',
      byName,
      ...period,
      '--audience',
      'internal',
    );
    expect(named.err).toBe(
      `Wrote the internal QBR deck of ${first!.name} (2026-08-24 … 2026-11-22) to ${byName}`,
    );
    expect(named.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(byName));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThanOrEqual(5);
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain(first!.name);
    const byId = join(tmp.dir, 'by-id.pptx');
    const chosen = await cli(
      '--db',
      db,
      'qbr',
      second!.id,
      '--out',
      byId,
      ...period,
      '--lang',
      'zh-CN',
      '--slides',
      'title',
    );
    expect(chosen.code).toBe(0);
    const one = await JSZip.loadAsync(readFileSync(byId));
    expect(Object.keys(one.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toEqual([
      'ppt/slides/slide1.xml',
    ]);
    expect(await one.file('ppt/slides/slide1.xml')!.async('string')).toContain('季度业务回顾');
    // A name two accounts share is not guessed at; an unknown one is said to be unknown.
    const ws = openWorkspace(db);
    const twin = createRecord(ws, 'accounts', { name: first!.name, segment: 'smb' });
    ws.close();
    const out = join(tmp.dir, 'never.pptx');
    const ambiguous = await cli('--db', db, 'qbr', first!.name, '--out', out, ...period);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toContain(`2 accounts are named "${first!.name}"`);
    expect(ambiguous.err).toContain(twin.id);
    const unknown = await cli('--db', db, 'qbr', 'Nobody Ltd', '--out', out, ...period);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/No account has the id or name "Nobody Ltd"/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.part`)).toBe(false);
  });

  it('runs as a real process through npm run outpost', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const db = join(tmp.dir, 'p.db');
    const ok = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/hosts/cli/cliMain.ts', '--db', db, 'demo', '--accounts', '3'],
      { encoding: 'utf8' },
    );
    expect(ok).toMatch(/Generated 3 demo accounts/);
    const bad = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/hosts/cli/cliMain.ts', '--db', db, 'accounts', '--bogus'],
      { encoding: 'utf8' },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option '--bogus'/);
  });
});
