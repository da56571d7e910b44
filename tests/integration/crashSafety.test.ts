import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './testWorkspace';

let cleanup = () => {};
afterEach(() => cleanup());

describe('crash safety', () => {
  it('a kill -9 in the middle of writes leaves an intact database with every acknowledged write', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'crash.db');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/integration/fixtures/crashWriter.ts', file],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const acknowledged: string[] = [];
    await new Promise<void>((resolve) => {
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        acknowledged.push(...lines.filter(Boolean));
        if (acknowledged.length >= 300 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));

    const db = new Database(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const [accountId, ...noteIds] = acknowledged;
    expect(db.prepare('SELECT count(*) AS n FROM accounts WHERE id = ?').get(accountId)).toEqual({
      n: 1,
    });
    const stored = new Set(
      (db.prepare('SELECT id FROM touchpoints').all() as { id: string }[]).map((r) => r.id),
    );
    const missing = noteIds.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    // Each stored row has its change-log entry: the row and its log were one transaction.
    const logged = db
      .prepare("SELECT count(*) AS n FROM change_log WHERE tbl = 'touchpoints'")
      .get() as { n: number };
    expect(logged.n).toBe(stored.size);
    db.close();
  });
});
