/**
 * Where Outpost keeps its database when no file is named: the same folder Electron's
 * `app.getPath('userData')` gives the desktop app, so the CLI and the web host open the same data.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PRODUCT_NAME = 'Outpost';
export const DATABASE_FILE_NAME = 'outpost.db';

export function userDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** `--db` wins, then `OUTPOST_DB` (when not empty), then the app's own database. */
export function resolveDatabaseFile(flag: string | undefined, env = process.env): string {
  return resolve(flag ?? (env.OUTPOST_DB || join(userDataDir(), DATABASE_FILE_NAME)));
}
