/**
 * A log file that rolls over: `outpost.log` until it passes its size, then it becomes
 * `outpost.log.1` (the older ones shifting up to the number kept) and a new file starts. Lines are
 * written synchronously, so the line about a crash is on disk before the process goes.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';

export class RotatingLog {
  private fd: number;
  private size: number;

  constructor(
    readonly file: string,
    private readonly maxBytes = 5 * 1024 * 1024,
    private readonly keep = 3,
  ) {
    mkdirSync(dirname(file), { recursive: true });
    this.fd = openSync(file, 'a');
    this.size = statSync(file).size;
  }

  write(line: string): boolean {
    const bytes = Buffer.byteLength(line);
    if (this.size > 0 && this.size + bytes > this.maxBytes) this.roll();
    writeSync(this.fd, line);
    this.size += bytes;
    return true;
  }

  private roll(): void {
    closeSync(this.fd);
    rmSync(`${this.file}.${this.keep}`, { force: true });
    for (let n = this.keep - 1; n >= 1; n--)
      if (existsSync(`${this.file}.${n}`)) renameSync(`${this.file}.${n}`, `${this.file}.${n + 1}`);
    renameSync(this.file, `${this.file}.1`);
    this.fd = openSync(this.file, 'a');
    this.size = 0;
  }

  close(): void {
    closeSync(this.fd);
  }
}
