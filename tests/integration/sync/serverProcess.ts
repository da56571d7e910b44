/**
 * A real sync server process (`outpost server`) on a free port, on the SQLite store in a data
 * folder or on PostgreSQL (DATABASE_URL, never on the command line), plus an in-process handle
 * on the same store for admin work (teams, users) while it serves.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { addTeam, addUser } from '../../../src/server/admin/serverAdmin';
import { PostgresSyncStore } from '../../../src/server/store/postgresSyncStore';
import { SqliteSyncStore } from '../../../src/server/store/sqliteSyncStore';
import type { SyncStore } from '../../../src/server/store/syncStore';

const CLI = ['--import', 'tsx', 'src/hosts/cli/cliMain.ts'];

export interface StoreLocation {
  /** The data folder of the SQLite store. */
  dataDir: string;
  /** PostgreSQL instead, when set. */
  databaseUrl?: string;
}

export interface ServerProcess {
  url: string;
  /** The same store, opened in this process. */
  admin: SyncStore;
  /** What the server logged so far (JSON lines). */
  log(): string;
  addUser(team: string, name: string): Promise<string>;
  stop(): Promise<void>;
}

export const sqliteStoreFile = (dataDir: string) => join(dataDir, 'outpost-sync.sqlite');

export async function startServerProcess(
  location: StoreLocation,
  args: string[] = [],
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...CLI, 'server', '--data', location.dataDir, '--port', '0', ...args],
    {
      env: { ...process.env, INIT_CWD: '', DATABASE_URL: location.databaseUrl ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const match = /"url":"([^"]+)"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${output}`));
    });
  });
  const admin = location.databaseUrl
    ? await PostgresSyncStore.connect(location.databaseUrl, 2)
    : new SqliteSyncStore(sqliteStoreFile(location.dataDir));
  const teams = new Set<string>();
  return {
    url,
    admin,
    log: () => output,
    async addUser(team, name) {
      const now = new Date().toISOString();
      if (!teams.has(team)) {
        if (!(await admin.listUsers()).some((u) => u.team === team))
          await addTeam(admin, team, now);
        teams.add(team);
      }
      return addUser(admin, team, name, now);
    },
    async stop() {
      await admin.close();
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
