/** `npm run web -- [--port P] [--db FILE] [--build]` once Node.js has passed its check. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import { envLang } from '../common/envLang';
import { hostDatabaseKey } from '../common/hostDatabaseKey';
import { readSecret } from '../common/terminalSecret';
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
    const key = await hostDatabaseKey(dbFile, true, {
      env: process.env,
      lang,
      ask: readSecret,
      show: (file, words) => console.log(recoveryKeyText(file, words, lang)),
    });
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
