/**
 * `npm start [-- --no-open]`: builds the app if its sources changed since the last build, then
 * runs it in Electron. Where Electron's binary is missing (it is downloaded at install time, which
 * needs the internet), says so in one line, serves the same app through the local web host and
 * opens it in the default browser (unless `--no-open`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import { REPO_ROOT } from '../common/appPaths';
import { electronBinary } from '../common/electronBinary';
import { ensureBuilt } from '../common/ensureBuilt';
import { envLang } from '../common/envLang';
import { openInBrowser } from '../common/openInBrowser';
import { resolveDatabaseFile } from '../common/userDataPaths';
import { runWebHost } from '../web/runWebHost';

export async function runStart(): Promise<void> {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { 'no-open': { type: 'boolean' } },
      strict: true,
    });
    ensureBuilt('stale');
    const binary = electronBinary();
    if (binary) {
      const child = spawn(binary, ['.'], { cwd: REPO_ROOT, stdio: 'inherit' });
      child.on('exit', (code) => process.exit(code ?? 0));
    } else {
      console.log(
        "Electron's binary is not installed on this machine, so Outpost runs in your browser instead.",
      );
      const dbFile = resolveDatabaseFile(undefined);
      mkdirSync(dirname(dbFile), { recursive: true });
      const host = await runWebHost(dbFile, undefined, (line) => console.log(line));
      if (!values['no-open']) {
        console.log('Opening it in your browser…');
        openInBrowser(host.url);
      }
    }
  } catch (error) {
    if (error instanceof DatabaseOpenError) {
      console.error(`outpost: ${error.text(envLang())}`);
      process.exit(2);
    }
    console.error(`outpost: ${error instanceof Error ? error.message : String(error)}`);
    // A flag npm start does not know is a usage mistake, as with the CLI: exit code 2.
    const usage = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ?? false;
    if (usage) console.error('Usage: npm start [-- --no-open]');
    process.exit(usage ? 2 : 1);
  }
}
