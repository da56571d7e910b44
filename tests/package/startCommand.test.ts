/**
 * `npm start` on a machine without Electron's binary, as a new user meets it: it serves the app
 * through the local web host and opens it in the default browser (here a stand-in `xdg-open` that
 * writes down what it was asked to open), without rebuilding an app whose sources did not change.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/hosts/common/appPaths';
import { ensureBuilt } from '../../src/hosts/common/ensureBuilt';

let work: string;
const stampFile = join(REPO_ROOT, 'out', '.built-from');

beforeAll(() => {
  ensureBuilt('stale');
  work = mkdtempSync(join(tmpdir(), 'outpost-start-'));
  const bin = join(work, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > "${join(work, 'opened')}"\n`);
  chmodSync(join(bin, 'xdg-open'), 0o755);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const waitFor = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return check();
};

async function start(args: string[]): Promise<{ url: string; out: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/hosts/start/startMain.ts', ...args],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PATH: `${join(work, 'bin')}:${process.env.PATH}`,
        OUTPOST_DB: join(work, 'start.db'),
        ELECTRON_OVERRIDE_DIST_PATH: join(work, 'no-electron'),
        LANG: 'en_US.UTF-8',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
  try {
    const running = await waitFor(() => /running at (\S+)/.test(out), 60_000);
    expect(running, out).toBe(true);
    const url = /running at (\S+)/.exec(out)![1]!;
    // What the browser would be asked, if it is asked at all, comes right after the address.
    await waitFor(() => existsSync(join(work, 'opened')), 3_000);
    return { url, out };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

describe('npm start without Electron', () => {
  it('opens the app in the default browser, and does not rebuild an unchanged app', async () => {
    const builtAt = statSync(stampFile).mtimeMs;
    const { url, out } = await start([]);
    expect(out).toContain("Electron's binary is not installed on this machine");
    expect(readFileSync(join(work, 'opened'), 'utf8')).toBe(url);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?secret=/);
    expect(statSync(stampFile).mtimeMs).toBe(builtAt);
  }, 90_000);

  it('leaves the browser alone with --no-open', async () => {
    rmSync(join(work, 'opened'), { force: true });
    const { out } = await start(['--no-open']);
    expect(out).toContain('Outpost is running at');
    expect(existsSync(join(work, 'opened'))).toBe(false);
  }, 90_000);
});
