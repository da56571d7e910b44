import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { identityOf, isRunning, thisProcess } from './processIdentity';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A real process that idles until it is killed. */
function idler(): Promise<ChildProcess & { pid: number }> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], {
    stdio: 'ignore',
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.on('spawn', () => resolve(child as ChildProcess & { pid: number }));
    child.on('error', reject);
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => child.on('exit', () => resolve()));

describe('whether a recorded process still runs', () => {
  it('is yes for this process and a live child, no once the child is killed', async () => {
    expect(isRunning(thisProcess())).toBe(true);
    const child = await idler();
    const recorded = identityOf(child.pid);
    expect(isRunning(recorded)).toBe(true);
    child.kill('SIGKILL');
    await exited(child);
    expect(isRunning(recorded)).toBe(false);
  });

  it('is no for a process on another computer, which cannot be asked', async () => {
    const child = await idler();
    expect(isRunning({ ...identityOf(child.pid), host: `not-${thisProcess().host}` })).toBe(false);
  });

  const proc = existsSync('/proc/self/stat');
  it.skipIf(!proc)(
    'is no for a live pid that started at another time or before another boot (pid reused)',
    async () => {
      const child = await idler();
      const recorded = identityOf(child.pid);
      expect(recorded.start).toMatch(/^\d+$/);
      expect(recorded.boot).toMatch(/^[0-9a-f-]{36}$/);
      expect(isRunning({ ...recorded, start: String(Number(recorded.start) + 1) })).toBe(false);
      expect(isRunning({ ...recorded, boot: '00000000-0000-0000-0000-000000000000' })).toBe(false);
    },
  );
  if (!proc)
    console.log('skipped the pid reuse test: this system has no /proc to read start times from');
});
