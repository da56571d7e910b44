/** `npm run web -- [--port P] [--db FILE] [--build]` once Node.js has passed its check. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import { envLang } from '../common/envLang';
import { hostDatabaseKey } from '../common/hostDatabaseKey';
import { resolveDatabaseFile } from '../common/userDataPaths';
import { recoveryKeyText } from '../common/recoveryKeyText';
import { parseIntegerOption } from '../cli/usageError';
import { runWebHost } from './runWebHost';

export async function runWebMain(): Promise<void> {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { port: { type: 'string' }, db: { type: 'string' }, build: { type: 'boolean' } },
      strict: true,
    });
    const port = parseIntegerOption('port', values.port, 0, 65535);
    const dbFile = resolveDatabaseFile(values.db);
    mkdirSync(dirname(dbFile), { recursive: true });
    const lang = envLang();
    // Scripts unlock (or set up) from the environment; people do it in the browser.
    const fromEnv = process.env.OUTPOST_DB_PASSPHRASE || process.env.OUTPOST_RECOVERY_KEY;
    const key = fromEnv
      ? await hostDatabaseKey(dbFile, true, {
          env: process.env,
          lang,
          show: (file, words) => console.log(recoveryKeyText(file, words, lang)),
        })
      : null;
    await runWebHost(dbFile, port, (line) => console.log(line), values.build ?? false, key);
  } catch (error) {
    const message =
      error instanceof DatabaseOpenError
        ? error.text(envLang())
        : error instanceof Error
          ? error.message
          : String(error);
    console.error(`outpost web: ${message}`);
    process.exit(2);
  }
}
