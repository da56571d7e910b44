/**
 * Who has a database open (`<db>-owner`): one entry per Outpost connection — its process and a
 * token of its own — added when Outpost opens the file for writing and taken out when it closes
 * it. A write-ahead log beside a file with a running owner is that owner's, not a crash's: the
 * owner checked the file when it opened it and SQLite's locking keeps the two safe together, so
 * the second open runs no check. An owner that is no longer running (kill -9, a crash, power
 * loss) is ignored, and dropped the next time the list is written.
 *
 * Two processes updating the list at the very same moment can lose an entry; that only costs the
 * next open a check it could have skipped. Our own process counts only for connections this
 * module can see are still open: a workspace opened twice in one process (benches, tests).
 */
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { isRunning, thisProcess } from './processIdentity';
import { readSideFile, removeSideFile, writeSideFile } from './sideFile';

const ownerSchema = z.object({
  host: z.string(),
  // Never 0 or below: process.kill would signal a whole process group.
  pid: z.number().int().positive(),
  boot: z.string().nullable(),
  start: z.string().nullable(),
  token: z.string(),
});
const ownersSchema = z.object({ owners: z.array(ownerSchema) });

type Owner = z.infer<typeof ownerSchema>;

export const ownersPath = (file: string) => `${file}-owner`;

/** This process's connections by token: ours are owners only while the connection is open. */
const mine = new Map<string, Database.Database>();

function isLive(owner: Owner): boolean {
  const me = thisProcess();
  if (owner.host === me.host && owner.pid === me.pid) return mine.get(owner.token)?.open === true;
  return isRunning(owner);
}

function liveOwners(file: string): Owner[] {
  return (readSideFile(ownersPath(file), ownersSchema)?.owners ?? []).filter(isLive);
}

function writeOwners(file: string, owners: Owner[]): void {
  if (owners.length === 0) removeSideFile(ownersPath(file));
  else writeSideFile(ownersPath(file), { owners });
}

/** Whether an Outpost connection that is still running has the file open. */
export function hasLiveOwner(file: string): boolean {
  return liveOwners(file).length > 0;
}

/** Enters the connection as an owner, before it touches the file; returns its token. */
export function claimDatabase(file: string, sqlite: Database.Database): string {
  const token = randomBytes(8).toString('hex');
  mine.set(token, sqlite);
  writeOwners(file, [...liveOwners(file), { ...thisProcess(), token }]);
  return token;
}

/** Takes the connection out, once it is closed. */
export function releaseDatabase(file: string, token: string): void {
  mine.delete(token);
  writeOwners(
    file,
    liveOwners(file).filter((owner) => owner.token !== token),
  );
}
