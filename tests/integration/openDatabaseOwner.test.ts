/**
 * Owners on real files and real processes (src/db/databaseOwners.ts): a write-ahead log beside a
 * file that a running Outpost process holds open is that process's, so a second open runs no
 * check; once the holder was killed (kill -9) the log is a crash's and the full integrity check
 * runs — and refuses a damaged index, and opens a sound file.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../src/db/databaseOpenError';
import { ownersPath } from '../../src/db/databaseOwners';
import { sealPath } from '../../src/db/databaseSeal';
import { listPortfolio } from '../../src/services/portfolioService';
import { openWorkspace } from '../../src/services/workspace';
import { outpost, sha256 } from './cliProcess';
import { holdDatabase } from './databaseHolder';
import { breakIndex, demoCopies } from './damagedFiles';

const demo = demoCopies();
const copyOfBase = demo.copy;

const logSize = (file: string) => statSync(`${file}-wal`).size;
const ownerPids = (file: string) =>
  (JSON.parse(readFileSync(ownersPath(file), 'utf8')) as { owners: { pid: number }[] }).owners.map(
    (o) => o.pid,
  );

/** Opens the file in this process; returns the check the open ran and the account names. */
function openHere(file: string): { check: string; names: string[] } {
  const ws = openWorkspace(file, { create: false });
  try {
    return { check: ws.db.check, names: listPortfolio(ws).map((row) => row.name) };
  } finally {
    ws.close();
  }
}

describe('a database another Outpost process has open', () => {
  it('is opened by the CLI without the integrity check; after a kill -9 the check runs and refuses a damaged index', async () => {
    const file = copyOfBase();
    // Damage only the full integrity check sees: the holder's own quick check passes it.
    breakIndex(file);
    const holder = await holdDatabase(file);
    expect(logSize(file)).toBeGreaterThan(0);

    const whileHeld = await outpost(['--db', file, 'accounts']);
    expect(whileHeld.code, whileHeld.err).toBe(0);
    expect(whileHeld.out).toContain('7 accounts');
    expect(whileHeld.out).toContain('Held Open Ltd');
    expect(holder.check).toBe('quick_check');
    // The CLI left the holder's record as it was, and no seal: the holder still has the file.
    expect(ownerPids(file)).toEqual([holder.pid]);
    expect(existsSync(sealPath(file))).toBe(false);
    expect(openHere(file).check).toBe('liveOwner');

    await holder.kill();
    expect(logSize(file)).toBeGreaterThan(0);
    expect(ownerPids(file)).toEqual([holder.pid]);
    const before = sha256(file);
    const afterCrash = await outpost(['--db', file, 'accounts']);
    expect(afterCrash.code).toBe(2);
    expect(afterCrash.err).toContain(`${file} is damaged: it was not closed cleanly last time`);
    expect(afterCrash.err).toContain('row 1 missing from index probe_rows_a');
    expect(sha256(file)).toBe(before);
  }, 120_000);

  it('leaves no seal when it is killed, so the next open runs the integrity check; a sound file then opens', async () => {
    const file = copyOfBase();
    expect(openHere(file).check).toBe('quick_check');
    expect(existsSync(sealPath(file))).toBe(true);
    const holder = await holdDatabase(file);
    expect(holder.check).toBe('sealed');
    expect(existsSync(sealPath(file))).toBe(false);
    await holder.kill();

    const opened = openHere(file);
    expect(opened.check).toBe('integrity_check');
    expect(opened.names).toContain('Held Open Ltd');
    // Closed cleanly now: log checkpointed and gone, the dead holder's record dropped, sealed.
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(ownersPath(file))).toBe(false);
    expect(openHere(file).check).toBe('sealed');
  }, 120_000);

  it('is sealed when the holder closes it cleanly', async () => {
    const file = copyOfBase();
    const holder = await holdDatabase(file);
    await holder.stop();
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(ownersPath(file))).toBe(false);
    expect(openHere(file).check).toBe('sealed');
  }, 120_000);

  const proc = existsSync('/proc/self/stat');
  it.skipIf(!proc)(
    'is not taken to be open when the dead holder’s pid now belongs to another process',
    async () => {
      const file = copyOfBase();
      breakIndex(file);
      const holder = await holdDatabase(file);
      await holder.kill();
      // Another process now has the pid the record names (here: the record is pointed at a
      // running process; its start time is not the holder's).
      const other = await holdDatabase(copyOfBase());
      const record = JSON.parse(readFileSync(ownersPath(file), 'utf8')) as {
        owners: { pid: number }[];
      };
      for (const owner of record.owners) owner.pid = other.pid;
      writeFileSync(ownersPath(file), JSON.stringify(record));
      try {
        expect(() => openHere(file)).toThrow(DatabaseOpenError);
        expect(() => openHere(file)).toThrow(/row 1 missing from index probe_rows_a/);
      } finally {
        await other.stop();
      }
    },
    120_000,
  );
  if (!proc) console.log('skipped the pid reuse test: no /proc to read process start times from');
});

describe('a database this process already has open', () => {
  it('is opened again without a check (as the health bench does), and sealed when the last closes', () => {
    const file = copyOfBase();
    const first = openWorkspace(file, { create: false });
    const second = openWorkspace(file, { create: false });
    expect(second.db.check).toBe('liveOwner');
    expect(ownerPids(file)).toEqual([process.pid, process.pid]);
    second.close();
    // The first still has the file: its log stays, no seal yet, and it is still an owner.
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(existsSync(sealPath(file))).toBe(false);
    expect(ownerPids(file)).toEqual([process.pid]);
    first.close();
    expect(existsSync(ownersPath(file))).toBe(false);
    expect(openHere(file).check).toBe('sealed');
  });
});
