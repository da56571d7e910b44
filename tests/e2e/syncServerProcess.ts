/** Starts a real sync server process (`outpost server`) on a free port, with a team and users. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = ['--import', 'tsx', 'src/hosts/cli/cliMain.ts'];

export interface SyncServerProcessOptions {
  /** More `server` flags (timeouts, limits, `--host`). */
  args?: string[];
  /** More environment, e.g. DATABASE_URL for the PostgreSQL store (admin commands get it too). */
  env?: Record<string, string>;
  /** A data folder to share with another server process; the caller removes it. */
  dataDir?: string;
}

export interface RunningSyncServer {
  url: string;
  dataDir: string;
  /** Adds a user to the team and returns their device token. */
  addUser(team: string, name: string): string;
  cli(args: string[]): string;
  /** What the server wrote on stdout so far (JSON log lines). */
  output(): string;
  stop(): Promise<void>;
}

export async function startSyncServerProcess(
  options: SyncServerProcessOptions = {},
): Promise<RunningSyncServer> {
  const env = { ...process.env, INIT_CWD: '', ...options.env };
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'outpost-sync-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [...CLI, 'server', '--data', dataDir, '--port', '0', ...(options.args ?? [])],
    { env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`sync server did not start: ${output}`)),
      30_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"([^"]+)"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`sync server exited with ${code}: ${output}`)));
  });
  const cli = (args: string[]) =>
    execFileSync(process.execPath, [...CLI, ...args], { env, encoding: 'utf8' });
  const teams = new Set<string>();
  return {
    url,
    dataDir,
    cli,
    output: () => output,
    addUser(team, name) {
      if (!teams.has(team)) {
        try {
          cli(['server', 'team', 'add', team, '--data', dataDir]);
        } catch (error) {
          // Another server process on the same store may have added it.
          if (!String((error as { stderr?: unknown }).stderr).includes('already exists'))
            throw error;
        }
        teams.add(team);
      }
      const out = cli(['server', 'user', 'add', '--team', team, '--name', name, '--data', dataDir]);
      return out.trim().split('\n').at(-1) ?? '';
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
