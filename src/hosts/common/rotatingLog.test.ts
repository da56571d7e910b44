import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppLog } from './appLog';
import { RotatingLog } from './rotatingLog';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-log-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the log file', () => {
  it('rolls over at its size, keeping the newest lines and a fixed number of old files', () => {
    const file = join(folder(), 'logs', 'outpost.log');
    const log = new RotatingLog(file, 100, 2);
    for (let i = 0; i < 30; i++)
      log.write(`line ${String(i).padStart(2, '0')} ${'x'.repeat(10)}\n`);
    log.close();
    const current = readFileSync(file, 'utf8');
    expect(current.length).toBeLessThanOrEqual(100);
    expect(current.trimEnd().split('\n').pop()).toContain('line 29');
    expect(readFileSync(`${file}.1`, 'utf8')).toContain('line 2');
    expect(existsSync(`${file}.2`)).toBe(true);
    expect(existsSync(`${file}.3`)).toBe(false);
    // Nothing in between is lost: the kept files hold the newest lines in order.
    const kept = [`${file}.2`, `${file}.1`, file].map((f) => readFileSync(f, 'utf8')).join('');
    const numbers = [...kept.matchAll(/line (\d+)/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
    expect(numbers.at(-1)).toBe(29);
  });

  it("writes each host's lines as JSON with the host named, and an error with its stack", () => {
    const dir = folder();
    const log = openAppLog('web', dir);
    log.logger.info({ db: '/x/outpost.db' }, 'started');
    log.logger.error({ err: new Error('disk full') }, 'write failed');
    log.close();
    const lines = readFileSync(join(dir, 'outpost.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ host: 'web', msg: 'started', db: '/x/outpost.db' });
    expect(lines[1]).toMatchObject({
      host: 'web',
      msg: 'write failed',
      err: { message: 'disk full' },
    });
    expect(String((lines[1]!.err as { stack: string }).stack)).toContain('Error: disk full');
  });
});
