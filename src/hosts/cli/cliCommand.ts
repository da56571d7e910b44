/** The shape of one CLI command. */
import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '../../shared/format/formatters';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The first line of standard input (for secrets that must not be on the command line). */
  readStdinLine?(): Promise<string>;
  /** A secret typed at a prompt without echo; absent (or '') where no terminal is there to ask. */
  readSecret?(prompt: string): Promise<string>;
}

export interface CliContext {
  /** The database file from --db / OUTPOST_DB / the app's default. */
  dbFile: string;
  /** Neither --db nor OUTPOST_DB named a file: it is the app's own database, made when missing. */
  defaultDb: boolean;
  /** The language of messages: the command's --lang, else the user's locale. */
  lang: Lang;
  io: CliIo;
  /** The environment the CLI was started with. */
  env: NodeJS.ProcessEnv;
}

export type CliValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals?: boolean;
  run(ctx: CliContext, values: CliValues, positionals: string[]): Promise<number> | number;
}
