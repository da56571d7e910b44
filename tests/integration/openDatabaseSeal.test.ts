/**
 * The seal on real files (src/db/databaseSeal.ts): a file Outpost closed cleanly opens without the
 * quick check, and anything that wrote the file since — flipped bytes, even with the modification
 * time put back, a copy, a garbled seal — gets the quick check and is refused when damaged.
 */
import {
  copyFileSync,
  existsSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../src/db/databaseOpenError';
import { ownersPath } from '../../src/db/databaseOwners';
import { fileIdentity, sealDatabase, sealPath } from '../../src/db/databaseSeal';
import { openWorkspace } from '../../src/services/workspace';
import { outpost, sha256 } from './cliProcess';
import { addNullNote, breakNotNull, demoCopies, flipBytes, makeNotesNotNull } from './damagedFiles';

const demo = demoCopies();
const copyOfBase = demo.copy;

/** Opens and closes the file as Outpost does; returns the check the open ran. */
function openAndClose(file: string, create = false): string {
  const ws = openWorkspace(file, { create });
  const check = ws.db.check;
  ws.close();
  return check;
}

function refusal(file: string): unknown {
  try {
    openAndClose(file);
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error.problem;
    throw error;
  }
  return null;
}

const sealOf = (file: string) => JSON.parse(readFileSync(sealPath(file), 'utf8')) as unknown;
const identity = (file: string) => fileIdentity(statSync(file, { bigint: true }));

describe('a database Outpost closed cleanly', () => {
  it('is sealed at close and opens without the quick check; while open it has no seal', () => {
    const file = copyOfBase();
    const ws = openWorkspace(file, { create: false });
    expect(ws.db.check).toBe('quick_check');
    // Open for writing: no seal (a crash now must leave none), this connection an owner.
    expect(existsSync(sealPath(file))).toBe(false);
    expect(readFileSync(ownersPath(file), 'utf8')).toContain(`"pid":${process.pid}`);
    ws.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(ownersPath(file))).toBe(false);
    expect(sealOf(file)).toEqual({ seal: 1, ...identity(file) });
    expect(openAndClose(file)).toBe('sealed');
    expect(openAndClose(file)).toBe('sealed');
  });

  it('is sealed when this process made it', () => {
    const file = join(demo.dir, 'made-here.db');
    expect(openAndClose(file, true)).toBe('new');
    expect(openAndClose(file)).toBe('sealed');
  });

  it('gets the quick check when its seal is missing or garbled', () => {
    const file = copyOfBase();
    openAndClose(file);
    writeFileSync(sealPath(file), readFileSync(sealPath(file), 'utf8').slice(0, 40));
    expect(openAndClose(file)).toBe('quick_check');
    writeFileSync(sealPath(file), JSON.stringify({ seal: 1, size: '1', mtimeNs: '2' }));
    expect(openAndClose(file)).toBe('quick_check');
    expect(openAndClose(file)).toBe('sealed');
  });

  it('gets the quick check as a copy, even with its times and its seal copied along', () => {
    const file = copyOfBase();
    openAndClose(file);
    const restored = join(demo.dir, 'restored.db');
    copyFileSync(file, restored);
    const { atime, mtime } = statSync(file);
    utimesSync(restored, atime, mtime);
    copyFileSync(sealPath(file), sealPath(restored));
    expect(openAndClose(restored)).toBe('quick_check');
  });
});

describe('a sealed database another program wrote to', () => {
  it('is refused when 200 bytes were flipped, by the CLI too, and left as it was', async () => {
    const file = copyOfBase();
    openAndClose(file);
    expect(openAndClose(file)).toBe('sealed');
    flipBytes(file, 200, 11);
    // SQLite's quick check reports what it finds, or stops at a page it cannot read at all.
    expect(refusal(file)).toMatchObject({ reason: 'damaged' });
    expect(['quick_check', 'read']).toContain((refusal(file) as { check: string }).check);
    const before = sha256(file);
    const result = await outpost(['--db', file, 'health']);
    expect(result.code, result.out.slice(0, 200)).toBe(2);
    expect(result.err).toContain(`${file} is damaged`);
    expect(sha256(file)).toBe(before);
  }, 120_000);

  it('is refused when bytes were changed and the modification time put back with utimes', () => {
    // A deliberate attempt to look untouched: same size, same inode, the same modification time
    // to the nanosecond. The change time (ctime) still moved — utimes itself sets it, and no
    // ordinary call can put it back — so the seal does not match and the quick check runs.
    // (Someone who can write the file can also write a matching seal: the seal guards against
    // accidents and other programs, not against an attacker with the user's rights.)
    const file = copyOfBase();
    addNullNote(file);
    // The first open of a file records where this database lives (a write of its own).
    openAndClose(file);
    const second = Math.floor(Date.now() / 1000) - 60;
    utimesSync(file, second, second);
    expect(openAndClose(file)).toBe('quick_check');
    const sealed = identity(file);
    // Closing after only reading left the file's times as utimes set them: whole seconds.
    expect(sealed.mtimeNs).toBe(`${second}000000000`);
    expect(sealOf(file)).toEqual({ seal: 1, ...sealed });
    makeNotesNotNull(file);
    utimesSync(file, second, second);
    const now = identity(file);
    expect({ ...now, ctimeNs: '' }).toEqual({ ...sealed, ctimeNs: '' });
    expect(now.ctimeNs).not.toBe(sealed.ctimeNs);
    expect(refusal(file)).toEqual({
      reason: 'damaged',
      check: 'quick_check',
      findings: ['NULL value in probe_notes.text'],
      more: false,
    });
  });
});

describe('the real CLI on a sealed file', () => {
  it('skips the quick check: a file the check refuses opens when a seal vouches for it', async () => {
    // The only way to see from outside that a check did not run is a file it would refuse. A
    // seal Outpost writes is never on such a file, so this test writes one itself.
    const file = copyOfBase();
    breakNotNull(file);
    const unsealed = await outpost(['--db', file, 'accounts']);
    expect(unsealed.code).toBe(2);
    expect(unsealed.err).toContain('NULL value in probe_notes.text');
    sealDatabase(file);
    const sealed = await outpost(['--db', file, 'accounts']);
    expect(sealed.code, sealed.err).toBe(0);
    expect(sealed.out).toContain('6 accounts');
    // Its clean close sealed the file again, as it now is.
    expect(sealOf(file)).toEqual({ seal: 1, ...identity(file) });
  }, 120_000);
});
