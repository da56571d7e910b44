/**
 * The `outpost` command line (DESIGN.md §9): global `--db FILE`, then a command. Usage mistakes
 * and a database that cannot be opened print a message on stderr and return 2 with nothing
 * written; anything else unexpected returns 1.
 */
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import type { Lang } from '../../shared/format/formatters';
import { envLang } from '../common/envLang';
import { resolveDatabaseFile } from '../common/userDataPaths';
import type { CliCommand, CliIo } from './cliCommand';
import { accountsCommand } from './commands/accountsCommand';
import { backupCommand, restoreCommand } from './commands/backupCommands';
import { demoCommand } from './commands/demoCommand';
import {
  encryptCommand,
  passphraseCommand,
  recoveryKeyCommand,
} from './commands/encryptionCommands';
import { exportCommand } from './commands/exportCommand';
import { forecastCommand } from './commands/forecastCommand';
import { healthCommand } from './commands/healthCommand';
import { importCommand } from './commands/importCommand';
import { kpisCommand } from './commands/kpisCommand';
import { qbrCommand } from './commands/qbrCommand';
import { quarantineCommand } from './commands/quarantineCommand';
import { deletedCommand } from './commands/deletedCommand';
import { serverCommand } from './commands/serverCommand';
import { syncCommand } from './commands/syncCommand';
import { UsageError } from './usageError';

export const COMMANDS: CliCommand[] = [
  demoCommand,
  accountsCommand,
  exportCommand,
  importCommand,
  healthCommand,
  forecastCommand,
  kpisCommand,
  qbrCommand,
  syncCommand,
  quarantineCommand,
  deletedCommand,
  backupCommand,
  restoreCommand,
  encryptCommand,
  recoveryKeyCommand,
  passphraseCommand,
  serverCommand,
];

function help(): string {
  return [
    'Usage: outpost [--db FILE] <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.flatMap((c) => {
      const [first = '', ...more] = c.usage.split('\n');
      return [`  ${first.padEnd(62)} ${c.summary}`, ...more.map((line) => `  ${line}`)];
    }),
    '',
    "The database is --db FILE, else $OUTPOST_DB, else the desktop app's own database.",
    'An encrypted database opens with $OUTPOST_DB_PASSPHRASE or $OUTPOST_RECOVERY_KEY, else a',
    'passphrase typed at the prompt; with $OUTPOST_DB_PASSPHRASE set, a plain one is encrypted first.',
  ].join('\n');
}

/** Splits `[--db FILE] command rest…`; the global flag may also follow the command. */
function splitGlobal(argv: string[]): { db?: string; rest: string[] } {
  const rest: string[] = [];
  let db: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--db') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError('--db needs a file name');
      db = value;
    } else if (arg.startsWith('--db=')) {
      db = arg.slice(5);
    } else {
      rest.push(arg);
    }
  }
  return db === undefined ? { rest } : { db, rest };
}

/** A command's own --lang (en or zh-CN) also sets the language of its messages. */
function messageLang(value: unknown, env: NodeJS.ProcessEnv): Lang {
  return value === 'en' || value === 'zh-CN' ? value : envLang(env);
}

export async function runCli(argv: string[], io: CliIo, env = process.env): Promise<number> {
  let lang = envLang(env);
  try {
    const { db, rest } = splitGlobal(argv);
    const [name, ...args] = rest;
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      (name === undefined ? io.err : io.out)(help());
      return name === undefined ? 2 : 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command)
      throw new UsageError(`Unknown command "${name}". Run "outpost help" for the list.`);
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: command.options,
        allowPositionals: command.allowPositionals ?? false,
        strict: true,
      });
    } catch (error) {
      throw new UsageError(
        `${error instanceof Error ? error.message : String(error)}\nUsage: outpost ${command.usage}`,
      );
    }
    lang = messageLang(parsed.values.lang, env);
    return await command.run(
      {
        dbFile: resolveDatabaseFile(db, env),
        defaultDb: db === undefined && !env.OUTPOST_DB,
        lang,
        io,
        env,
      },
      parsed.values,
      parsed.positionals,
    );
  } catch (error) {
    if (error instanceof DatabaseOpenError) {
      io.err(`outpost: ${error.text(lang)}`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.err(`outpost: ${error.message}`);
      return 2;
    }
    io.err(`outpost: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
