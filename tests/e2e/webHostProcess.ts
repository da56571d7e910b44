/** Starts the real local web host (`npm run web`) on a temp database and reads its printed URL. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyKey } from '../../src/db/databaseKey';
import { unwrapKey } from '../../src/services/security/keyFile';

export const E2E_PASSPHRASE = 'e2e passphrase, long enough';

export interface RunningHost {
  url: string;
  dbFile: string;
  /** The database's key, for tests that read the file itself (null: set up in the page). */
  key: Buffer | null;
  stop(): Promise<void>;
}

export async function startHost(
  dbFile?: string,
  env: Record<string, string> = {},
): Promise<RunningHost> {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-e2e-'));
  const file = dbFile ?? join(dir, 'outpost.db');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/hosts/web/webMain.ts', '--db', file],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // OUTPOST_DB_PASSPHRASE (playwright.config.ts) sets the database up encrypted; a test of the
      // set-up page passes OUTPOST_DB_PASSPHRASE: '' to see it.
      env: { ...process.env, ...env },
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Outpost is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}: ${output}`)));
  });
  const passphrase = { ...process.env, ...env }.OUTPOST_DB_PASSPHRASE;
  return {
    url,
    dbFile: file,
    key: passphrase ? await unwrapKey(file, passphrase) : null,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The host's database file opened read-only beside it, with its key. */
export function readHostDatabase(host: RunningHost): Database.Database {
  const db = new Database(host.dbFile, { readonly: true, fileMustExist: true });
  if (host.key) applyKey(db, host.key);
  return db;
}

/** The host on a new demo portfolio of `accounts` accounts made by the CLI (gone on stop). */
export async function startDemoHost(accounts: number): Promise<RunningHost> {
  const dir = mkdtempSync(join(tmpdir(), 'outpost-demo-e2e-'));
  const db = join(dir, 'outpost.db');
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/hosts/cli/cliMain.ts',
      '--db',
      db,
      'demo',
      '--accounts',
      String(accounts),
    ],
    { env: { ...process.env, INIT_CWD: '' } },
  );
  const host = await startHost(db);
  return {
    ...host,
    stop: async () => {
      await host.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
