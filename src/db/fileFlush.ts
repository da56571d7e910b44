/** Flushing a file (or a folder's entries) to the disk before a rename makes it the real one. */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export function flushToDisk(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a secret file whole or not at all, readable by its owner only: a temp file written and
 * flushed, then renamed over the target (key files beside a database).
 */
export function writeSecretFile(target: string, data: string | Uint8Array): void {
  const temp = `${target}.tmp`;
  mkdirSync(dirname(target), { recursive: true });
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, target);
}
