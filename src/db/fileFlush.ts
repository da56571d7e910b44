/** Flushing a file (or a folder's entries) to the disk before a rename makes it the real one. */
import { closeSync, fsyncSync, openSync } from 'node:fs';

export function flushToDisk(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
