/**
 * `server …`: runs the sync server, or administers it (teams, users, device tokens). Admin
 * commands open the same store as the server (`--data` / `--database-url`) and are safe to run
 * while it runs: SQLite serialises writers, PostgreSQL isolates transactions.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addTeam, issueToken, reinstateUser } from '../../../server/admin/serverAdmin';
import { startSyncServer } from '../../../server/startSyncServer';
import { openSyncStore } from '../../../server/store/openSyncStore';
import { AdminError, type SyncStore } from '../../../server/store/syncStore';
import { userDataDir } from '../../common/userDataPaths';
import type { CliCommand, CliContext, CliValues } from '../cliCommand';
import { parseIntegerOption, UsageError } from '../usageError';
import { SERVER_RUN_OPTIONS, SERVER_RUN_USAGE, serverRunOptions } from './serverRunOptions';

const USAGE = [
  'server [--port P] [--host H] [--data DIR] [--database-url URL]',
  '  (for PostgreSQL, set DATABASE_URL rather than --database-url, which others can see)',
  ...SERVER_RUN_USAGE,
  '  server … --team-quota-mb MB    (changes a team may store; default 8192, or $OUTPOST_TEAM_QUOTA_MB)',
  '  server … --page-kb KB          (pull and snapshot pages stop there; default 4096)',
  "  server … --updates DIR         (serve the desktop app's releases there at /updates/)",
  '  server team add NAME',
  '  server user add --team NAME --name NAME      (prints the device token once)',
  '  server device add --team NAME --name NAME    (another device of that user)',
  '  server user revoke --team NAME --name NAME',
  '  server user reinstate --team NAME --name NAME   (old tokens stay revoked; prints a new one)',
  '  server users',
].join('\n');

/** Whether a database URL carries a password (`postgres://user:secret@host/db`). */
function hasPassword(url: string): boolean {
  try {
    return new URL(url).password !== '';
  } catch {
    return false;
  }
}

function location(ctx: CliContext, values: CliValues) {
  const data = typeof values.data === 'string' ? values.data : join(userDataDir(), 'sync-server');
  const flag = values['database-url'];
  if (typeof flag === 'string' && hasPassword(flag))
    ctx.io.err(
      'outpost: warning: --database-url shows its password to every user of this machine ' +
        '(process list, shell history); set DATABASE_URL in the environment instead',
    );
  const url = typeof flag === 'string' ? flag : ctx.env.DATABASE_URL || undefined;
  return { dataDir: data, databaseUrl: url };
}

function required(values: CliValues, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`--${name} is required\nUsage: outpost ${USAGE}`);
  return value;
}

async function admin(ctx: CliContext, values: CliValues, args: string[]): Promise<number> {
  const [noun, verb, ...rest] = args;
  const action = `${noun ?? ''} ${verb ?? ''}`.trim();
  const known = ['team add', 'user add', 'user revoke', 'user reinstate', 'device add', 'users'];
  if (!known.includes(action))
    throw new UsageError(`Unknown server command "${args.join(' ')}"\nUsage: outpost ${USAGE}`);
  if (action === 'team add' && rest.length !== 1)
    throw new UsageError('Usage: outpost server team add NAME');
  if (action !== 'team add' && rest.length > 0)
    throw new UsageError(`Unexpected "${rest.join(' ')}"\nUsage: outpost ${USAGE}`);
  const now = new Date().toISOString();
  let store: SyncStore;
  try {
    store = await openSyncStore(location(ctx, values));
  } catch (error) {
    throw new UsageError(`Cannot open the server store: ${(error as Error).message}`);
  }
  try {
    switch (action) {
      case 'team add':
        ctx.io.out(`Added team "${await addTeam(store, rest[0] ?? '', now)}"`);
        break;
      case 'user add':
      case 'device add': {
        const team = required(values, 'team');
        const name = required(values, 'name');
        const token = await issueToken(
          store,
          action === 'user add' ? 'user' : 'device',
          team,
          name,
          now,
        );
        ctx.io.out(
          `${action === 'user add' ? 'Added user' : 'Added a device for'} "${name}" in team "${team}". ` +
            'Device token (shown once; only its hash is stored):',
        );
        ctx.io.out(token);
        break;
      }
      case 'user revoke': {
        const team = required(values, 'team');
        const name = required(values, 'name');
        const count = await store.revokeUser(team, name, now);
        ctx.io.out(`Revoked "${name}" of team "${team}" (${count} device token(s))`);
        break;
      }
      case 'user reinstate': {
        const team = required(values, 'team');
        const name = required(values, 'name');
        const token = await reinstateUser(store, team, name, now);
        ctx.io.out(
          `Reinstated "${name}" of team "${team}"; their old device tokens stay revoked. ` +
            'New device token (shown once; only its hash is stored):',
        );
        ctx.io.out(token);
        break;
      }
      case 'users':
        for (const u of await store.listUsers())
          ctx.io.out(`${u.team}\t${u.name}\t${u.revoked ? 'revoked' : `${u.devices} device(s)`}`);
        break;
    }
    return 0;
  } catch (error) {
    if (error instanceof AdminError) throw new UsageError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}

export const serverCommand: CliCommand = {
  name: 'server',
  summary: 'Run the team sync server, or manage its teams, users and device tokens',
  usage: USAGE,
  allowPositionals: true,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    data: { type: 'string' },
    'database-url': { type: 'string' },
    team: { type: 'string' },
    name: { type: 'string' },
    ...SERVER_RUN_OPTIONS,
    'team-quota-mb': { type: 'string' },
    'page-kb': { type: 'string' },
    updates: { type: 'string' },
  },
  async run(ctx, values, positionals) {
    if (positionals.length > 0) return admin(ctx, values, positionals);
    const port = parseIntegerOption('port', values.port as string | undefined, 0, 65535) ?? 8787;
    const tuning = serverRunOptions(values);
    // Each team's stored changes (default 8 GB) and each pull or snapshot page (default 4 MB).
    const quotaMb = parseIntegerOption(
      'team-quota-mb',
      (values['team-quota-mb'] as string | undefined) ?? process.env.OUTPOST_TEAM_QUOTA_MB,
      1,
      1e9,
    );
    const pageKb = parseIntegerOption('page-kb', values['page-kb'] as string | undefined, 1, 1e6);
    const updatesDir = values.updates as string | undefined;
    if (updatesDir !== undefined && !statSync(updatesDir, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`--updates ${updatesDir} is not a folder`);
    const server = await startSyncServer({
      ...location(ctx, values),
      ...tuning,
      port,
      ...(quotaMb ? { teamQuotaBytes: quotaMb * 1024 ** 2 } : {}),
      ...(pageKb ? { pageBytes: pageKb * 1024 } : {}),
      ...(updatesDir ? { updatesDir: resolve(updatesDir) } : {}),
      ...(typeof values.host === 'string' ? { host: values.host } : {}),
    });
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    return 0;
  },
};
