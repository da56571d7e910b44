import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/integration/testWorkspace';
import { claimDatabase, hasLiveOwner, ownersPath, releaseDatabase } from './databaseOwners';
import { identityOf, thisProcess } from './processIdentity';

let cleanup = () => {};
afterEach(() => cleanup());

function databaseFile(): string {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  const file = join(tmp.dir, 'owned.db');
  new Database(file).close();
  return file;
}

const ownersIn = (file: string) =>
  (JSON.parse(readFileSync(ownersPath(file), 'utf8')) as { owners: { pid: number }[] }).owners;

describe('the owners of a database file', () => {
  it('lists each open connection of this process until it is released', () => {
    const file = databaseFile();
    expect(hasLiveOwner(file)).toBe(false);
    const first = new Database(file);
    const one = claimDatabase(file, first);
    const second = new Database(file);
    const two = claimDatabase(file, second);
    expect(ownersIn(file).map((o) => o.pid)).toEqual([process.pid, process.pid]);
    second.close();
    releaseDatabase(file, two);
    expect(hasLiveOwner(file)).toBe(true);
    first.close();
    releaseDatabase(file, one);
    expect(hasLiveOwner(file)).toBe(false);
    expect(existsSync(ownersPath(file))).toBe(false);
  });

  it('does not count a connection of this process that was closed without being released', () => {
    const file = databaseFile();
    const sqlite = new Database(file);
    claimDatabase(file, sqlite);
    sqlite.close();
    expect(existsSync(ownersPath(file))).toBe(true);
    expect(hasLiveOwner(file)).toBe(false);
  });

  it('counts another running process, and no longer once it was killed; the next claim drops it', async () => {
    const file = databaseFile();
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)']);
    await new Promise((resolve) => child.on('spawn', resolve));
    const other = { ...identityOf(child.pid ?? 0), token: 'other' };
    writeFileSync(ownersPath(file), JSON.stringify({ owners: [other] }));
    expect(hasLiveOwner(file)).toBe(true);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(hasLiveOwner(file)).toBe(false);
    const sqlite = new Database(file);
    const token = claimDatabase(file, sqlite);
    expect(ownersIn(file)).toEqual([{ ...thisProcess(), token }]);
    sqlite.close();
    releaseDatabase(file, token);
  });

  it('reads a garbled list, or one naming pid 0 (a whole process group), as no owner', () => {
    const file = databaseFile();
    for (const text of [
      '{"owners": [',
      'null',
      JSON.stringify({ owners: [{ ...thisProcess(), pid: 0, token: 'x' }] }),
      JSON.stringify({ owners: [{ pid: process.ppid }] }),
    ]) {
      writeFileSync(ownersPath(file), text);
      expect(hasLiveOwner(file), text).toBe(false);
    }
  });
});
