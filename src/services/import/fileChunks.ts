/** A file read in pieces from its start, each time it is asked for: an import reads it in passes. */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 256 * 1024;

export function* fileChunks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) return;
      yield Buffer.from(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}
