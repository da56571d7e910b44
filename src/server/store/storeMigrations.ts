/** The server's own migrations: numbered SQL files in `drizzle/server/<store>/`, applied once. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StoreMigration {
  name: string;
  sql: string;
}

export function serverMigrationsDir(kind: 'sqlite' | 'postgres'): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', '..', '..', 'drizzle', 'server', kind);
}

export function readStoreMigrations(kind: 'sqlite' | 'postgres'): StoreMigration[] {
  const dir = serverMigrationsDir(kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}
