/** Entry point of `npm run -s outpost -- …`. */
import { runCli } from './runCli';

// A closed pipe (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// `npm run outpost` runs in the package folder; relative paths mean the caller's folder.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
