/** Starts a real sync server process (`outpost server`) on a free port, with a team and users. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = ['--import', 'tsx', 'src/hosts/cli/cliMain.ts'];
const env = { ...process.env, INIT_CWD: '' };

export interface RunningSyncServer {
  url: string;
  dataDir: string;
  /** Adds a user to the team and returns their device token. */
  addUser(team: string, name: string): string;
  cli(args: string[]): string;
  stop(): Promise<void>;
}

export async function startSyncServerProcess(): Promise<RunningSyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'outpost-sync-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [...CLI, 'server', '--data', dataDir, '--port', '0'],
    { env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
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
    addUser(team, name) {
      if (!teams.has(team)) {
        cli(['server', 'team', 'add', team, '--data', dataDir]);
        teams.add(team);
      }
      const out = cli(['server', 'user', 'add', '--team', team, '--name', name, '--data', dataDir]);
      return out.trim().split('\n').at(-1) ?? '';
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
