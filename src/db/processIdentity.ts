/**
 * Telling whether the process that wrote a record is still running. A pid alone is not enough,
 * since pids are reused: on Linux the kernel's boot id and the process's start time (both in
 * /proc, cheap to read) must match as well. Elsewhere a pid that is alive is taken for the same
 * process — a small risk: the recorded process must have died without cleaning up, and another
 * must have been given its pid and be running at the moment of the check.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface ProcessIdentity {
  host: string;
  pid: number;
  /** The kernel's boot id, where the system tells it (Linux); else null. */
  boot: string | null;
  /** When the process started, in clock ticks since boot (Linux); else null. */
  start: string | null;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Field 22 of /proc/PID/stat; the name in field 2 may hold spaces, so count after its ')'. */
function startOf(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === null) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

/** Who that process is, as far as this system tells. */
export function identityOf(pid: number): ProcessIdentity {
  return {
    host: hostname(),
    pid,
    boot: readText('/proc/sys/kernel/random/boot_id'),
    start: startOf(pid),
  };
}

let own: ProcessIdentity | undefined;

export function thisProcess(): ProcessIdentity {
  own ??= identityOf(process.pid);
  return own;
}

/** Whether that process still runs; one on another computer (a shared folder) cannot be told. */
export function isRunning(recorded: ProcessIdentity): boolean {
  const me = thisProcess();
  if (recorded.host !== me.host) return false;
  try {
    process.kill(recorded.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (recorded.boot !== null && me.boot !== null && recorded.boot !== me.boot) return false;
  const start = startOf(recorded.pid);
  return recorded.start === null || start === null || recorded.start === start;
}
