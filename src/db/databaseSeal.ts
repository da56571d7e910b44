/**
 * The seal (`<db>-seal`): what a database file looked like — size, modification and change
 * times to the nanosecond, inode and device — when Outpost last closed it cleanly, that is when
 * the last connection's close had checkpointed the write-ahead log into the file and removed it.
 * Every open of a file is checked (or the file is new), so a seal says "checked, and written
 * since only by SQLite under Outpost"; a file that still looks exactly so needs no quick check at
 * its next open. The seal is removed before Outpost opens the file for writing, so a crash while
 * it is open leaves none.
 *
 * What it catches: anything that writes the file outside Outpost changes its modification and
 * change times (flipped bytes, a copy or restore over it, a disk tool). A program that writes the
 * file and then puts its modification time back with utimes still moves its change time (ctime),
 * which no ordinary call can set, so that is caught too. What it does not: someone who can write
 * the file can also write a matching seal — this guards against accidents and other programs, not
 * against a determined attacker with the user's rights; damage done while Outpost itself has the
 * file open is taken for SQLite's own writes and sealed at close; and on file systems with coarse
 * times (FAT: two seconds) a same-size write within the same tick goes unseen.
 */
import { statSync, type BigIntStats } from 'node:fs';
import { z } from 'zod';
import { readSideFile, removeSideFile, writeSideFile } from './sideFile';

/** Decimal strings: inode numbers and nanosecond times do not fit a double. */
const sealSchema = z
  .object({
    seal: z.literal(1),
    size: z.string(),
    mtimeNs: z.string(),
    ctimeNs: z.string(),
    ino: z.string(),
    dev: z.string(),
  })
  .strict();

export type FileIdentity = Omit<z.infer<typeof sealSchema>, 'seal'>;

export const sealPath = (file: string) => `${file}-seal`;

export function fileIdentity(stat: BigIntStats): FileIdentity {
  return {
    size: String(stat.size),
    mtimeNs: String(stat.mtimeNs),
    ctimeNs: String(stat.ctimeNs),
    ino: String(stat.ino),
    dev: String(stat.dev),
  };
}

/** Whether the file's seal is there and the file still looks exactly as it did then. */
export function sealMatches(file: string, identity: FileIdentity): boolean {
  const seal = readSideFile(sealPath(file), sealSchema);
  if (seal === null) return false;
  return (Object.keys(identity) as (keyof FileIdentity)[]).every(
    (key) => seal[key] === identity[key],
  );
}

/** Seals the file as it is now; called after a clean close, when nothing has it open. */
export function sealDatabase(file: string): void {
  let identity: FileIdentity;
  try {
    identity = fileIdentity(statSync(file, { bigint: true }));
  } catch {
    return;
  }
  writeSideFile(sealPath(file), { seal: 1, ...identity });
}

/** Before the file is opened for writing: from now on the seal would not say what is in it. */
export function breakSeal(file: string): void {
  removeSideFile(sealPath(file));
}
