/**
 * A plain database becomes encrypted where it lies, with its plain backups: the passphrase, the
 * recovery words and a crash at any moment of the encryption (kill -9, 20 times at random points)
 * never leave the book unreadable or changed.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlainDatabase } from '../../../src/db/databaseKey';
import { inspectBackup } from '../../../src/services/backup/backupService';
import { dailyBackup } from '../../../src/services/backup/dailyBackup';
import { loadDemo } from '../../../src/services/demo/demoService';
import { exportJson } from '../../../src/services/exportService';
import { setUpEncryption, unlockDatabase } from '../../../src/services/security/databaseUnlock';
import { keyToWords } from '../../../src/services/security/recoveryKey';
import { openWorkspace } from '../../../src/services/workspace';
import { sha256 } from '../cliProcess';
import { exportOfFile, tempDir } from '../testWorkspace';

const AT = () => Date.parse('2026-11-22T10:00:00Z');
const PASSPHRASE = 'field laptop 2026';
const tmp = tempDir();
const base = join(tmp.dir, 'base.db');
let baseExport = '';
let baseName = '';
let copies = 0;

beforeAll(() => {
  const ws = openWorkspace(base, { wallClock: AT });
  loadDemo(ws, { accounts: 60, seed: 5, today: '2026-11-22' });
  baseExport = exportJson(ws);
  baseName = ws.db.sqlite
    .prepare('SELECT name FROM accounts ORDER BY name LIMIT 1')
    .pluck()
    .get() as string;
  ws.close();
}, 120_000);
afterAll(() => tmp.cleanup());

function copy(): string {
  const file = join(tmp.dir, `copy-${++copies}.db`);
  copyFileSync(base, file);
  return file;
}

function nodeOf(file: string, key: Buffer | null): string {
  const ws = openWorkspace(file, { key, wallClock: AT, create: false });
  try {
    return ws.nodeId;
  } finally {
    ws.close();
  }
}

describe('encrypting a plain database in place', () => {
  it('encrypts the file and its plain backups; the passphrase and the recovery words open it, nothing else', async () => {
    const file = copy();
    copyFileSync(base, `${file}.before-v7.bak`);
    copyFileSync(base, `${file}.before-restore-1.bak`);
    const plainWs = openWorkspace(file, { wallClock: AT });
    const daily = dailyBackup(plainWs).made!;
    plainWs.close();
    expect(isPlainDatabase(daily)).toBe(true);
    const nodeBefore = nodeOf(file, null);
    const { key, words } = await setUpEncryption(file, PASSPHRASE);
    // The same database, not a copy: it keeps its sync identity.
    expect(nodeOf(file, key)).toBe(nodeBefore);
    expect(words).toHaveLength(24);
    expect(isPlainDatabase(file)).toBe(false);
    for (const f of [`${file}.before-v7.bak`, `${file}.before-restore-1.bak`, daily])
      expect(isPlainDatabase(f), f).toBe(false);
    expect(inspectBackup(daily, [{ kind: 'databaseKey', key }])).toMatchObject({
      protection: 'databaseKey',
    });
    for (const f of [file, `${file}.before-v7.bak`, `${file}.key`, daily])
      expect(readFileSync(f).includes(Buffer.from(baseName))).toBe(false);
    expect(exportOfFile(file, key)).toBe(baseExport);
    expect(readdirSync(tmp.dir).filter((n) => n.endsWith('.encrypting'))).toEqual([]);

    const before = sha256(file);
    await expect(unlockDatabase(file, { passphrase: 'field laptop 2025' })).rejects.toThrow(
      /That passphrase does not unlock/,
    );
    expect(sha256(file)).toBe(before);
    expect((await unlockDatabase(file, { passphrase: PASSPHRASE })).equals(key)).toBe(true);
    // Without the key file, on another computer: the words alone, in any case and spacing.
    rmSync(`${file}.key`);
    const written = words.map((w, i) => `${i + 1}. ${w.toUpperCase()}`).join('\n');
    expect((await unlockDatabase(file, { recoveryKey: written })).equals(key)).toBe(true);
    await expect(unlockDatabase(file, { passphrase: PASSPHRASE })).rejects.toThrow(
      /no key file beside/,
    );
    const swapped = [words[1], words[0], ...words.slice(2)].join(' ');
    await expect(unlockDatabase(file, { recoveryKey: swapped })).rejects.toThrow(
      /do not check out|words that are not in its list/,
    );
    await expect(
      unlockDatabase(file, { recoveryKey: words.slice(0, 23).join(' ') }),
    ).rejects.toThrow(/24 words; this has 23/);
    expect(sha256(file)).toBe(before);
    expect(keyToWords(key)).toEqual(words);
  });

  it('refuses a passphrase under 8 characters and leaves the file plain', async () => {
    const file = copy();
    await expect(setUpEncryption(file, 'short')).rejects.toThrow(/at least 8 characters/);
    expect(isPlainDatabase(file)).toBe(true);
    expect(existsSync(`${file}.key`)).toBe(false);
  });

  it('a kill -9 at any moment of the encryption leaves the plain or the encrypted book whole, 20 times', async () => {
    const file = copy();
    const key = randomBytes(32);
    // How long one whole encryption takes in a child, so the kills fall inside it.
    const whole = await runChild(file, key, null);
    expect(whole.finished).toBe(true);
    const span = whole.ms;
    const outcomes = { plain: 0, encrypted: 0 };
    for (let run = 0; run < 20; run++) {
      const target = copy();
      const result = await runChild(target, key, Math.random() * span);
      const plain = isPlainDatabase(target);
      if (!result.finished) outcomes[plain ? 'plain' : 'encrypted']++;
      expect(exportOfFile(target, plain ? null : key)).toBe(baseExport);
      // The next unlock finishes what the crash interrupted.
      if (plain) {
        await unlockDatabase(target, { recoveryKey: keyToWords(key).join(' ') });
        expect(isPlainDatabase(target)).toBe(false);
        expect(exportOfFile(target, key)).toBe(baseExport);
      }
      expect(existsSync(`${target}.encrypting`)).toBe(false);
    }
    // The kills really fell before and after the swap.
    expect(outcomes.plain).toBeGreaterThan(0);
  }, 240_000);
});

/** Runs the encryption in a child process, killed after `killAfter` ms from its start (or not). */
function runChild(
  file: string,
  key: Buffer,
  killAfter: number | null,
): Promise<{ finished: boolean; ms: number }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/integration/fixtures/encryptChild.ts', file, key.toString('hex')],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let started = 0;
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (started === 0 && out.includes('start')) {
        started = performance.now();
        if (killAfter !== null) setTimeout(() => child.kill('SIGKILL'), killAfter);
      }
    });
    child.on('exit', () =>
      resolve({
        finished: out.includes('done'),
        ms: performance.now() - (started || performance.now()),
      }),
    );
  });
}
