/**
 * The CLI and the local web host log to the same file as the desktop app (logs/outpost.log in the
 * user data folder, here OUTPOST_LOG_DIR): what ran and how it ended, never its arguments; and an
 * error nothing caught is written there before the process tells the user and stops.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outpost, runEntry } from './cliProcess';

const dir = mkdtempSync(join(tmpdir(), 'outpost-logs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (logDir: string) =>
  readFileSync(join(logDir, 'outpost.log'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('host logs', () => {
  it('records each CLI command and its exit code, without its arguments', async () => {
    const logDir = join(dir, 'cli');
    const db = join(dir, 'Acme secret plans.db');
    expect(
      (await outpost(['--db', db, 'demo', '--accounts', '3'], { OUTPOST_LOG_DIR: logDir })).code,
    ).toBe(0);
    expect(
      (await outpost(['--db', db, 'health', '--bogus'], { OUTPOST_LOG_DIR: logDir })).code,
    ).toBe(2);
    const logged = lines(logDir);
    expect(logged.map((l) => [l.host, l.command, l.exitCode])).toEqual([
      ['cli', 'demo', 0],
      ['cli', 'health', 2],
    ]);
    expect(readFileSync(join(logDir, 'outpost.log'), 'utf8')).not.toContain('secret plans');
  }, 120_000);

  it('records the web host starting, with its secret left out', async () => {
    const logDir = join(dir, 'web');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/hosts/web/webMain.ts', '--db', join(dir, 'web.db'), '--port', '0'],
      { env: { ...process.env, OUTPOST_LOG_DIR: logDir }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    const deadline = Date.now() + 60_000;
    while (!out.includes('running at') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    const secret = /secret=([\w-]+)/.exec(out)?.[1];
    expect(secret).toBeTruthy();
    const logged = lines(logDir);
    expect(logged[0]).toMatchObject({ host: 'web', msg: 'started', dbFile: join(dir, 'web.db') });
    expect(logged.map((l) => l.msg)).toContain('stopped');
    expect(readFileSync(join(logDir, 'outpost.log'), 'utf8')).not.toContain(secret!);
  }, 120_000);

  it('writes an error nothing caught to the log before saying where it is', async () => {
    const logDir = join(dir, 'crash');
    const script = join(dir, 'crash.ts');
    writeFileSync(
      script,
      `import { logUncaught, openAppLog } from ${JSON.stringify(join(process.cwd(), 'src/hosts/common/appLog.ts'))};
       const log = openAppLog('cli');
       logUncaught(log, (error) => { process.stderr.write('told: ' + error.message + ' in ' + log.file); process.exit(1); });
       setTimeout(() => { throw new Error('the disk went away'); }, 10);`,
    );
    const result = await runEntry(script, [], { OUTPOST_LOG_DIR: logDir });
    expect(result.code).toBe(1);
    expect(result.err).toBe(`told: the disk went away in ${join(logDir, 'outpost.log')}`);
    expect(lines(logDir)[0]).toMatchObject({
      level: 60,
      msg: 'uncaught error',
      kind: 'exception',
      err: { message: 'the disk went away' },
    });
  }, 60_000);
});
