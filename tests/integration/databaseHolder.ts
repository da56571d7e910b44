/** Another Outpost process holding a database open (tests/integration/fixtures/holdDatabase.ts). */
import { spawn } from 'node:child_process';

export interface Holder {
  pid: number;
  /** The check the holder's own open ran. */
  check: string;
  /** kill -9, as a crash or a power cut would end it. */
  kill(): Promise<void>;
  /** Closes the file cleanly and exits. */
  stop(): Promise<void>;
}

export function holdDatabase(file: string): Promise<Holder> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/integration/fixtures/holdDatabase.ts', file],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const ready = /^holding (\S+)\n/.exec(out);
      if (!ready) return;
      resolve({
        pid: child.pid ?? 0,
        check: ready[1] ?? '',
        kill: () => {
          child.kill('SIGKILL');
          return exited;
        },
        stop: () => {
          child.stdin.end();
          return exited;
        },
      });
    });
    child.on('exit', (code) =>
      reject(new Error(`the holder exited (${code}) before it was ready`)),
    );
  });
}
