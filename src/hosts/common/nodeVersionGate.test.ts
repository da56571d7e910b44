import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './appPaths';
import { nodeVersionProblem } from './nodeVersionGate';

/** An older Node.js on this machine (Debian's system Node is 20), to run the real entries with. */
function olderNode(): { path: string; version: string } | null {
  for (const path of ['/usr/bin/node', '/usr/local/bin/node']) {
    const run = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    const version = run.stdout?.trim();
    if (run.status === 0 && version && nodeVersionProblem(version, 'en')) return { path, version };
  }
  return null;
}

describe('the Node.js version check', () => {
  it('passes 22.12 and newer, and names the version it refuses, in both languages', () => {
    for (const ok of ['22.12.0', '22.20.1', '23.0.0', '24.21.0', 'v25.1.0'])
      expect(nodeVersionProblem(ok, 'en'), ok).toBeNull();
    expect(nodeVersionProblem('20.20.2', 'en')).toBe(
      'Outpost needs Node.js 22.12 or newer (this is 20.20.2).',
    );
    expect(nodeVersionProblem('22.11.0', 'en')).toContain('22.12 or newer');
    expect(nodeVersionProblem('18.19.1', 'zh-CN')).toBe(
      'Outpost 需要 Node.js 22.12 或更新的版本（当前是 18.19.1）。',
    );
  });

  const old = olderNode();
  if (!old)
    console.log('No Node.js older than 22.12 on this machine: the entries are not run with one.');
  it.skipIf(!old)(
    'stops npm start, npm run web and the CLI on an older Node.js with the message and exit code 2',
    () => {
      const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      for (const entry of ['start/startMain.ts', 'web/webMain.ts', 'cli/cliMain.ts']) {
        const run = spawnSync(old!.path, [tsx, join(REPO_ROOT, 'src', 'hosts', entry), '--help'], {
          encoding: 'utf8',
          env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
          timeout: 60_000,
        });
        expect(run.status, `${entry}: ${run.stderr}`).toBe(2);
        expect(run.stderr.trim(), entry).toBe(
          `Outpost needs Node.js 22.12 or newer (this is ${old!.version}).`,
        );
      }
    },
  );
});
