/**
 * A book on a real SQLite file for the import tests: the real CLI run in-process against it, and
 * plain SQL to read back what was stored.
 */
import { join } from 'node:path';
import { tempBook } from './cliBook';

export const FIXTURES = join(import.meta.dirname, 'fixtures', 'import');
export const fixture = (name: string) => join(FIXTURES, name);

export type ImportBook = ReturnType<typeof tempBook>;
export const importBook = (name = 'book.db'): ImportBook => tempBook(name);
