import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/integration/testWorkspace';
import { runCli } from './runCli';

let cleanup = () => {};
afterEach(() => cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
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
    ];
    for (const [argv, message] of cases) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err, argv.join(' ')).toMatch(message);
      expect(result.out).toBe('');
    }
    expect(existsSync(db)).toBe(false);
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
