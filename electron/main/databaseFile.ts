/**
 * Where the desktop app keeps its database: `outpost.db` in the user data folder. `OUTPOST_DB`
 * points a development build (and its e2e test) at another file; the packaged app ignores it, so
 * nothing in a user's environment can swap the book it opens.
 */
import { join } from 'node:path';

export function databaseFile(
  app: { isPackaged: boolean; getPath(name: 'userData'): string },
  env: NodeJS.ProcessEnv = process.env,
): string {
  const override = app.isPackaged ? undefined : env.OUTPOST_DB;
  return override || join(app.getPath('userData'), 'outpost.db');
}
