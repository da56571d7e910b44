/**
 * Runs the sync server: opens the store (SQLite in the data folder, or PostgreSQL), serves the
 * Hono app over Node's HTTP server and logs JSON lines with pino. Returns a handle to stop it.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import { createSyncApp, type SyncAppOptions } from './http/createSyncApp';
import { DEFAULT_TIMEOUTS, httpServerOptions, type ServerTimeouts } from './serverTimeouts';
import { openSyncStore, type StoreLocation } from './store/openSyncStore';
import type { SyncStore } from './store/syncStore';

export interface SyncServerOptions extends StoreLocation {
  port?: number;
  host?: string;
  logger?: Logger;
  rateLimit?: SyncAppOptions['rateLimit'];
  authFailureLimit?: SyncAppOptions['authFailureLimit'];
  maxBodyBytes?: number;
  timeouts?: Partial<ServerTimeouts>;
  pageBytes?: number;
  teamQuotaBytes?: number;
  updatesDir?: string;
}

export interface RunningSyncServer {
  url: string;
  store: SyncStore;
  close(): Promise<void>;
}

export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const logger = options.logger ?? pino({ name: 'outpost-sync' });
  const serverOptions = httpServerOptions({ ...DEFAULT_TIMEOUTS, ...options.timeouts });
  const store = await openSyncStore(options);
  const app = createSyncApp({
    store,
    logger,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.authFailureLimit ? { authFailureLimit: options.authFailureLimit } : {}),
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    ...(options.pageBytes ? { pageBytes: options.pageBytes } : {}),
    ...(options.teamQuotaBytes ? { teamQuotaBytes: options.teamQuotaBytes } : {}),
    ...(options.updatesDir ? { updatesDir: options.updatesDir } : {}),
  });
  const server = createAdaptorServer({ fetch: app.fetch, serverOptions }) as Server;
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 8787, host, () => resolve());
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info({ url, store: store.kind }, 'listening');
  return {
    url,
    store,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}
