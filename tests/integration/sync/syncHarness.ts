/**
 * A sync server and replicas in one process, on real SQLite files (or a real PostgreSQL for the
 * server store). The transport calls the server's Hono app directly, so tests can drop, repeat
 * or delay deliveries; the wall clock of every party is a variable the test moves.
 */
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import pino from 'pino';
import { createSyncApp } from '../../../src/server/http/createSyncApp';
import { addTeam, addUser } from '../../../src/server/admin/serverAdmin';
import { PostgresSyncStore } from '../../../src/server/store/postgresSyncStore';
import { SqliteSyncStore } from '../../../src/server/store/sqliteSyncStore';
import type { SyncStore } from '../../../src/server/store/syncStore';
import type { RateLimit } from '../../../src/server/http/rateLimiter';
import { httpSyncTransport } from '../../../src/services/sync/httpSyncTransport';
import type { SyncTransport } from '../../../src/services/sync/syncTransport';
import { openWorkspace, type Workspace } from '../../../src/services/workspace';
import { tempDir } from '../testWorkspace';

// Loopback, so the transport sends the token over plain http (the fetch never leaves the process).
export const SERVER_URL = 'http://127.0.0.1:8787';

export interface TestServer {
  store: SyncStore;
  fetch: typeof fetch;
  now: { ms: number };
  /** Closes the store and opens it again from the same file (or database). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  dir: string;
  postgresUrl?: string;
  rateLimit?: RateLimit;
  authFailureLimit?: RateLimit;
  maxBodyBytes?: number;
}

export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const now = { ms: Date.parse('2026-11-22T10:00:00Z') };
  const open = async (): Promise<SyncStore> =>
    options.postgresUrl
      ? PostgresSyncStore.connect(options.postgresUrl)
      : new SqliteSyncStore(join(options.dir, 'server.sqlite'));
  let store = await open();
  let app = build(store);
  function build(s: SyncStore) {
    return createSyncApp({
      store: s,
      logger: pino({ level: 'silent' }),
      now: () => now.ms,
      rateLimit: options.rateLimit ?? { perSecond: 1e6, burst: 1e6 },
      authFailureLimit: options.authFailureLimit ?? { perSecond: 1e6, burst: 1e6 },
      ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    });
  }
  const server: TestServer = {
    get store() {
      return store;
    },
    fetch: ((input: string | URL | Request, init?: RequestInit) =>
      app.fetch(new Request(input, init))) as typeof fetch,
    now,
    restart: async () => {
      await store.close();
      store = await open();
      app = build(store);
    },
    close: () => store.close(),
  };
  return server;
}

export async function addTestUser(server: TestServer, team: string, name: string): Promise<string> {
  const now = new Date(server.now.ms).toISOString();
  if (!(await server.store.listUsers()).some((u) => u.team === team))
    await addTeam(server.store, team, now).catch(() => {});
  return addUser(server.store, team, name, now);
}

export function transportTo(server: TestServer, token: string): SyncTransport {
  return httpSyncTransport({ serverUrl: SERVER_URL, token, fetch: server.fetch });
}

export interface Replica {
  ws: Workspace;
  clock: { ms: number };
  transport: SyncTransport;
  file: string;
  reopen(): void;
}

export function openReplica(
  dir: string,
  name: string,
  transport: SyncTransport,
  startMs = Date.parse('2026-11-22T10:00:00Z'),
  /** The key of an encrypted replica. */
  key: Buffer | null = null,
): Replica {
  const clock = { ms: startMs };
  const file = join(dir, `${name}.db`);
  const open = () => openWorkspace(file, { wallClock: () => clock.ms, key });
  const replica: Replica = {
    ws: open(),
    clock,
    transport,
    file,
    reopen: () => {
      replica.ws.close();
      replica.ws = open();
    },
  };
  return replica;
}

/** A fresh server in a fresh folder for every test of the calling describe block. */
export function useTestServer(): { readonly server: TestServer; readonly dir: string } {
  const context = {} as { server: TestServer; dir: string; cleanup(): void };
  beforeEach(async () => {
    const tmp = tempDir();
    context.dir = tmp.dir;
    context.cleanup = tmp.cleanup;
    context.server = await startTestServer({ dir: tmp.dir });
  });
  afterEach(async () => {
    await context.server.close();
    context.cleanup();
  });
  return context;
}
