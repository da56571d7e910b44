/** Runs the real `outpost` CLI (or another host entry point) as a child process, as users do. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface ProcessResult {
  code: number;
  out: string;
  err: string;
}

/** The caller's environment without a database or language of its own, plus `env`. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: '' };
  for (const key of ['OUTPOST_DB', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete base[key];
  return { ...base, ...env };
}

export function runEntry(
  entry: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (c: string) => (out += c));
    child.stderr.on('data', (c: string) => (err += c));
    child.on('exit', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

export const outpost = (args: string[], env: Record<string, string> = {}) =>
  runEntry('src/hosts/cli/cliMain.ts', args, env);

export const sha256 = (file: string) =>
  createHash('sha256').update(readFileSync(file)).digest('hex');
