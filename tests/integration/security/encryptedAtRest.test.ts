/**
 * Encryption at rest on real files (DESIGN.md §12): a database keyed at creation is encrypted
 * from its first page, and neither it, its log, its shared-memory file nor the backup taken
 * before a migration holds a byte of what was written; a wrong key changes nothing.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { looksEncrypted } from '../../../src/db/databaseKey';
import { DatabaseOpenError } from '../../../src/db/databaseOpenError';
import { defaultMigrationsDir } from '../../../src/db/openDatabase';
import { createRecord } from '../../../src/services/recordService';
import { openWorkspace, type Workspace } from '../../../src/services/workspace';
import { sha256 } from '../cliProcess';
import { tempDir } from '../testWorkspace';

const AT = () => Date.parse('2026-11-22T10:00:00Z');
const ACCOUNT = 'Zephyrine Quillfeather Holdings';
const NOTE = 'confidential: the champion Oswin Marchbank resigns in January';

let cleanup = () => {};
afterEach(() => cleanup());

/** Every text the test wrote that is found in the file's bytes (UTF-8 and UTF-16). */
function leaked(file: string, texts: string[]): string[] {
  if (!existsSync(file)) return [];
  const bytes = readFileSync(file);
  return texts.filter(
    (t) => bytes.includes(Buffer.from(t, 'utf8')) || bytes.includes(Buffer.from(t, 'utf16le')),
  );
}

function writeSecrets(ws: Workspace): void {
  const account = createRecord(ws, 'accounts', { name: ACCOUNT, owner: 'Mei Lin' });
  createRecord(ws, 'touchpoints', {
    accountId: account.id,
    date: '2026-11-20',
    kind: 'meeting',
    summary: 'renewal talk',
    notes: NOTE,
  });
}

/** A copy of the migrations folder that knows only the first `count`. */
function olderMigrations(dir: string, count: number): string {
  const target = join(dir, 'older-drizzle');
  cpSync(defaultMigrationsDir(), target, { recursive: true });
  const journalFile = join(target, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalFile, JSON.stringify(journal));
  return target;
}

describe('an encrypted database', () => {
  it('is encrypted from its first page: no written text in the file, its log or its shared memory', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'book.db');
    const ws = openWorkspace(file, { key: randomBytes(32), wallClock: AT });
    writeSecrets(ws);
    // Still open: the log holds the writes, not yet folded into the file.
    expect(readFileSync(`${file}-wal`).length).toBeGreaterThan(0);
    const texts = [ACCOUNT, NOTE, 'Oswin Marchbank', 'renewal talk'];
    for (const part of [file, `${file}-wal`, `${file}-shm`])
      expect(leaked(part, texts)).toEqual([]);
    ws.close();
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(leaked(file, texts)).toEqual([]);
  });

  it('opens with its key and with nothing else; a wrong key changes no byte and may be retried', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'book.db');
    const key = randomBytes(32);
    const ws = openWorkspace(file, { key, wallClock: AT });
    writeSecrets(ws);
    ws.close();
    const before = sha256(file);
    const wrong = () => openWorkspace(file, { key: randomBytes(32), wallClock: AT });
    expect(wrong).toThrow(DatabaseOpenError);
    expect(wrong).toThrow(/The key does not open/);
    // No key file beside it, yet it is known for an encrypted database, not a foreign file.
    expect(() => openWorkspace(file, { wallClock: AT })).toThrow(
      /is encrypted\. Give its passphrase/,
    );
    expect(looksEncrypted(file)).toBe(true);
    const text = join(tmp.dir, 'notes.txt');
    writeFileSync(text, 'Meeting notes, not a database.\n'.repeat(10));
    expect(looksEncrypted(text)).toBe(false);
    expect(sha256(file)).toBe(before);
    const again = openWorkspace(file, { key, wallClock: AT });
    expect(again.db.sqlite.prepare('SELECT name FROM accounts').pluck().all()).toEqual([ACCOUNT]);
    // Full-text search works on the encrypted file.
    expect(
      again.db.sqlite
        .prepare("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'marchbank'")
        .pluck()
        .get(),
    ).toBeGreaterThan(0);
    again.close();
  });

  it('keeps its pre-migration backup encrypted with the same key', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'book.db');
    const key = randomBytes(32);
    const all = JSON.parse(
      readFileSync(join(defaultMigrationsDir(), 'meta', '_journal.json'), 'utf8'),
    ) as { entries: unknown[] };
    const older = openWorkspace(file, {
      key,
      wallClock: AT,
      migrationsDir: olderMigrations(tmp.dir, all.entries.length - 1),
    });
    writeSecrets(older);
    older.close();
    const ws = openWorkspace(file, { key, wallClock: AT });
    expect(ws.db.backup).toBe(`${file}.before-v${all.entries.length}.bak`);
    ws.close();
    const backup = `${file}.before-v${all.entries.length}.bak`;
    expect(readFileSync(backup).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(leaked(backup, [ACCOUNT, NOTE])).toEqual([]);
  });
});
