/**
 * `npm start`: builds the app, then runs it in Electron. Where Electron's binary is missing (it
 * is downloaded at install time, which needs the internet), says so in one line and serves the
 * same app through the local web host instead.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import { REPO_ROOT } from '../common/appPaths';
import { electronBinary } from '../common/electronBinary';
import { ensureBuilt } from '../common/ensureBuilt';
import { envLang } from '../common/envLang';
import { resolveDatabaseFile } from '../common/userDataPaths';
import { runWebHost } from '../web/runWebHost';

try {
  ensureBuilt(true);
  const binary = electronBinary();
  if (binary) {
    const child = spawn(binary, ['.'], { cwd: REPO_ROOT, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log(
      "Electron's binary is not installed on this machine, so Outpost opens in your browser instead.",
    );
    const dbFile = resolveDatabaseFile(undefined);
    mkdirSync(dirname(dbFile), { recursive: true });
    await runWebHost(dbFile, undefined, (line) => console.log(line));
  }
} catch (error) {
  if (error instanceof DatabaseOpenError) {
    console.error(`outpost: ${error.text(envLang())}`);
    process.exit(2);
  }
  console.error(`outpost: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
