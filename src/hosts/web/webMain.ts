/** Entry point of `npm run web -- [--port P] [--db FILE]`. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt } from '../common/ensureBuilt';
import { resolveDatabaseFile } from '../common/userDataPaths';
import { parseIntegerOption } from '../cli/usageError';
import { runWebHost } from './runWebHost';

try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { port: { type: 'string' }, db: { type: 'string' }, build: { type: 'boolean' } },
    strict: true,
  });
  const port = parseIntegerOption('port', values.port, 0, 65535);
  const dbFile = resolveDatabaseFile(values.db);
  mkdirSync(dirname(dbFile), { recursive: true });
  ensureBuilt(values.build ?? false);
  await runWebHost(dbFile, port, (line) => console.log(line));
} catch (error) {
  console.error(`outpost web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
