/** The CLI as a process: standard streams, the caller's folder, the exit code. */
import { logUncaught, openAppLog } from '../common/appLog';
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

/** A passphrase typed on the terminal, not echoed; '' when there is no terminal to ask. */
function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY || !process.stderr.isTTY) return Promise.resolve('');
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    let text = '';
    const finish = (value: string) => {
      input.setRawMode(false);
      input.off('data', onData);
      input.pause();
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(text);
        if (ch === '\u0003') return finish('');
        if (ch === '\u007f' || ch === '\b') text = [...text].slice(0, -1).join('');
        else text += ch;
      }
    };
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
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
