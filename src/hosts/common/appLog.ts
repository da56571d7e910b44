/**
 * The log every Outpost host writes — the desktop app's main process, the local web host and the
 * CLI: JSON lines (pino) in `logs/outpost.log` in the user data folder (or `OUTPOST_LOG_DIR`),
 * rolled over at 5 MB with three old files kept. Uncaught errors are logged there before the
 * host tells the user; "Show logs" opens the folder.
 */
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { RotatingLog } from './rotatingLog';
import { userDataDir } from './userDataPaths';

export const LOG_FILE_NAME = 'outpost.log';

export function logDir(env: NodeJS.ProcessEnv = process.env, dataDir = userDataDir()): string {
  return env.OUTPOST_LOG_DIR || join(dataDir, 'logs');
}

export interface AppLog {
  logger: Logger;
  file: string;
  close(): void;
}

/** Opens the log for a host ('desktop', 'web', 'cli'); if the folder cannot be written, logs nowhere. */
export function openAppLog(host: string, dir = logDir()): AppLog {
  const file = join(dir, LOG_FILE_NAME);
  try {
    const out = new RotatingLog(file);
    const logger = pino({ base: { host, pid: process.pid } }, out);
    return { logger, file, close: () => out.close() };
  } catch {
    return { logger: pino({ enabled: false }), file, close: () => {} };
  }
}

/**
 * Logs what would otherwise end the process unseen, then lets the host tell the user (a dialog in
 * the desktop app, a line on standard error elsewhere).
 */
export function logUncaught(log: AppLog, tell: (error: Error) => void): void {
  const handle = (kind: string) => (reason: unknown) => {
    const error = reason instanceof Error ? reason : new Error(String(reason));
    log.logger.fatal({ err: error, kind }, 'uncaught error');
    tell(error);
  };
  process.on('uncaughtException', handle('exception'));
  process.on('unhandledRejection', handle('rejection'));
}
