/** The CLI as a process: standard streams, the caller's folder, the exit code. */
import { logUncaught, openAppLog } from '../common/appLog';
import { readSecret } from '../common/terminalSecret';
import { COMMANDS, runCli } from './runCli';

/** The first line of standard input (a secret piped in, or typed after a prompt). */
function readStdinLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Paste it and press Enter: ');
  return new Promise((resolve, reject) => {
    let text = '';
    const done = () => {
      process.stdin.off('data', onData);
      process.stdin.off('end', done);
      process.stdin.off('error', reject);
      process.stdin.pause();
      resolve(text.split(/\r?\n/)[0] ?? '');
    };
    const onData = (chunk: string) => {
      text += chunk;
      if (text.includes('\n') || text.length > 65_536) done();
    };
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', onData);
    process.stdin.once('end', done);
    process.stdin.once('error', reject);
  });
}

export async function runCliProcess(): Promise<void> {
  // A closed pipe (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  // `npm run outpost` runs in the package folder; relative paths mean the caller's folder.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const args = process.argv.slice(2);
  // The command's name only: arguments can name files and people, and never belong in a log.
  const command = args.find((a) => COMMANDS.some((c) => c.name === a));
  const log = openAppLog('cli');
  logUncaught(log, (error) => {
    process.stderr.write(`outpost: unexpected error: ${error.message} (details in ${log.file})\n`);
    process.exit(1);
  });
  process.exitCode = await runCli(args, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    readStdinLine,
    readSecret,
  });
  log.logger.info({ command: command ?? null, exitCode: process.exitCode }, 'command finished');
}
