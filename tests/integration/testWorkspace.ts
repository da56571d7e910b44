/** Workspaces on real temporary SQLite files for integration tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJson } from '../../src/services/exportService';
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../../src/services/workspace';

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempWorkspace(
  options: WorkspaceOptions = {},
): Workspace & { file: string; cleanup(): void } {
  const { dir, cleanup } = tempDir();
  const file = join(dir, 'outpost.db');
  const ws = openWorkspace(file, {
    wallClock: () => Date.parse('2026-11-22T10:00:00Z'),
    ...options,
  });
  return Object.assign(ws, {
    file,
    cleanup: () => {
      try {
        ws.close();
      } catch {
        // already closed
      }
      cleanup();
    },
  });
}

/** `export --json` of an existing database file, opened with its key (null: a plain one). */
export function exportOfFile(file: string, key: Buffer | null): string {
  const ws = openWorkspace(file, {
    key,
    create: false,
    wallClock: () => Date.parse('2026-11-22T10:00:00Z'),
  });
  try {
    return exportJson(ws);
  } finally {
    ws.close();
  }
}

/**
 * The environment of an in-process CLI run on scratch databases: a new one is plain (the CLI
 * refuses to make one without a passphrase otherwise; encryption has its own tests).
 */
export const THROWAWAY: NodeJS.ProcessEnv = { OUTPOST_PLAIN_DATABASE: '1' };
