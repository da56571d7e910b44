/** A database file in a temporary folder and the real CLI run against it, in-process. */
import { join } from 'node:path';
import { runCli } from '../../src/hosts/cli/runCli';
import { openWorkspace } from '../../src/services/workspace';
import { tempDir, THROWAWAY } from './testWorkspace';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export function cliBook(dir: string, name = 'book.db') {
  const db = join(dir, name);
  const cli = async (...argv: string[]): Promise<CliRun> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      ['--db', db, ...argv],
      { out: (t) => out.push(t), err: (t) => err.push(t) },
      THROWAWAY,
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const rows = (sql: string, ...params: unknown[]) => {
    const ws = openWorkspace(db);
    try {
      return ws.db.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
    } finally {
      ws.close();
    }
  };
  return { db, cli, rows };
}

export function tempBook(name?: string) {
  const dir = tempDir();
  return { ...cliBook(dir.dir, name), dir: dir.dir, cleanup: dir.cleanup };
}
