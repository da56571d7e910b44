/**
 * The sync server's HTTP API (DESIGN.md §8) as a Hono app: health, push, pull and snapshot.
 * Every request is authenticated by its device token, which alone decides the team; every body
 * and query is validated before the store sees it, so a malformed request gets a 4xx, never 5xx.
 * A pushed change must also mean something: every field passes the app's record schemas and its
 * id is a clock time that round-trips, or the push is refused whole. Pages are capped by bytes,
 * and a team's stored changes by a quota.
 */
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import { MAX_DRIFT_MS } from '../../core/hlc';
import { changeProblems, describeChangeProblem } from '../../shared/sync/changeValidation';
import { hlcMillis, hlcNode } from '../../shared/sync/hlcFormat';
import {
  DEFAULT_PAGE_BYTES,
  PROTOCOL_VERSION,
  describeIssues,
  pullQuerySchema,
  pushRequestSchema,
  snapshotQuerySchema,
  type HealthResponse,
  type SyncErrorBody,
  type SyncErrorCode,
} from '../../shared/sync/syncProtocol';
import { bearerToken, hashToken } from '../auth/deviceToken';
import { PushRefusedError } from '../store/pushPlan';
import { QuotaExceededError, type Device, type SyncStore } from '../store/syncStore';
import { addressKey } from './clientAddress';
import { registerUpdateFeed } from './updateFeed';
import { ClientBindings } from './clientBindings';
import {
  DEFAULT_AUTH_FAILURE_LIMIT,
  DEFAULT_RATE_LIMIT,
  RateLimiter,
  type RateLimit,
} from './rateLimiter';

export interface SyncAppOptions {
  store: SyncStore;
  logger: Logger;
  /** Server wall clock, Unix ms (tests move it). */
  now?: () => number;
  /** Requests per user. */
  rateLimit?: RateLimit;
  /** Requests without a valid token, per remote address. */
  authFailureLimit?: RateLimit;
  maxBodyBytes?: number;
  /** Pull and snapshot pages stop before this many bytes (after one entry at least). */
  pageBytes?: number;
  /** Bytes of changes one team may store (see changeBytes). */
  teamQuotaBytes?: number;
  /** A folder of desktop releases to serve at /updates/ (`server --updates DIR`). */
  updatesDir?: string;
}

export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Generous for a team's years of records and notes, small enough to stop a runaway client. */
export const DEFAULT_TEAM_QUOTA_BYTES = 8 * 1024 ** 3;

// The Node server passes the request's socket; an in-process `app.fetch` (tests) passes none.
type Env = {
  Variables: { device: Device; tokenHash: string };
  Bindings: Partial<HttpBindings> | undefined;
};

const STATUS: Record<SyncErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 507> = {
  bad_request: 400,
  clock_drift: 400,
  invalid_change: 400,
  quota_exceeded: 507,
  change_conflict: 409,
  node_taken: 409,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
};

function fail(
  c: Context,
  code: SyncErrorCode,
  message: string,
  extra: Omit<SyncErrorBody['error'], 'code' | 'message'> = {},
): Response {
  return c.json({ error: { code, message, ...extra } } satisfies SyncErrorBody, STATUS[code]);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 ** 2).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

const TAKEN = (clientId: string) =>
  `Client ${clientId} is in use by another device (a copy of this database?); take a new client id`;

export function createSyncApp(options: SyncAppOptions): Hono<Env> {
  const { store, logger } = options;
  const now = options.now ?? Date.now;
  const pageBytes = options.pageBytes ?? DEFAULT_PAGE_BYTES;
  const teamQuotaBytes = options.teamQuotaBytes ?? DEFAULT_TEAM_QUOTA_BYTES;
  const limiter = new RateLimiter(
    store.rateBuckets,
    options.rateLimit ?? DEFAULT_RATE_LIMIT,
    options.authFailureLimit ?? DEFAULT_AUTH_FAILURE_LIMIT,
    now,
    (error) => logger.warn({ err: error }, 'could not sweep the rate buckets'),
  );
  const bindings = new ClientBindings(store);
  const app = new Hono<Env>();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const device = c.get('device') as Device | undefined;
    logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(device ? { team: device.teamName, user: device.userName } : {}),
      },
      'request',
    );
  });

  const health = (c: Context) =>
    c.json({
      status: 'ok',
      service: 'outpost-sync',
      protocol: PROTOCOL_VERSION,
      store: store.kind,
    } satisfies HealthResponse);
  app.get('/', health);
  app.get('/health', health);
  if (options.updatesDir) registerUpdateFeed(app, options.updatesDir);

  app.use('/v1/*', async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    const tokenHash = token ? hashToken(token) : '';
    const device = token ? await store.authenticate(tokenHash) : null;
    if (!device) {
      const address = addressKey(c.env?.incoming?.socket.remoteAddress);
      const wait = await limiter.failedAuthentication(address);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return fail(
          c,
          'rate_limited',
          `Too many requests without a valid device token from this address; try again in ${wait} s`,
        );
      }
      return token
        ? fail(c, 'unauthorized', 'This device token is unknown or was revoked')
        : fail(c, 'unauthorized', 'Send a device token: Authorization: Bearer <token>');
    }
    const wait = await limiter.request(device.userId);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return fail(c, 'rate_limited', `Too many requests; try again in ${wait} s`);
    }
    c.set('device', device);
    c.set('tokenHash', tokenHash);
    await next();
  });

  app.post(
    '/v1/push',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      onError: (c) =>
        fail(
          c,
          'payload_too_large',
          `A push may be at most ${options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES} bytes; send fewer changes at a time`,
        ),
    }),
    async (c) => {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return fail(c, 'bad_request', 'The body is not valid JSON');
      }
      const parsed = pushRequestSchema.safeParse(body);
      if (!parsed.success) return fail(c, 'bad_request', describeIssues(parsed.error));
      const { clientId, changes } = parsed.data;
      const foreign = changes.find((ch) => hlcNode(ch.id) !== clientId);
      if (foreign)
        return fail(c, 'bad_request', `Change ${foreign.id} was not made by client ${clientId}`);
      for (const change of changes) {
        const problem = changeProblems(change)[0];
        if (problem)
          return fail(
            c,
            'invalid_change',
            `The push was refused whole and nothing was stored: ${describeChangeProblem(problem)}`,
            { problem },
          );
      }
      const limit = now() + MAX_DRIFT_MS;
      const ahead = changes.find((ch) => hlcMillis(ch.id) > limit);
      if (ahead)
        return fail(
          c,
          'clock_drift',
          `Change ${ahead.id} is ${Math.round((hlcMillis(ahead.id) - now()) / 1000)} s ahead of the server's clock (limit 300 s); check this computer's clock`,
          { serverTime: new Date(now()).toISOString() },
        );
      const device = c.get('device');
      const stamp = new Date(now()).toISOString();
      if (!(await bindings.bind(clientId, device.userId, c.get('tokenHash'), stamp)))
        return fail(c, 'node_taken', TAKEN(clientId));
      try {
        return c.json(await store.push(device, clientId, changes, stamp, { teamQuotaBytes }));
      } catch (error) {
        if (error instanceof PushRefusedError) return fail(c, error.code, error.message);
        if (!(error instanceof QuotaExceededError)) throw error;
        return fail(
          c,
          'quota_exceeded',
          `Team "${device.teamName}" has used ${megabytes(error.usedBytes)} of its storage quota of ` +
            `${megabytes(error.quotaBytes)}; this push needs ${megabytes(error.pushBytes)} more and was not stored. ` +
            'Ask the server admin to raise the quota (server --team-quota-mb)',
        );
      }
    },
  );

  app.get('/v1/pull', async (c) => {
    const parsed = pullQuerySchema.safeParse(c.req.query());
    if (!parsed.success) return fail(c, 'bad_request', describeIssues(parsed.error));
    const device = c.get('device');
    const { since, limit, clientId, own } = parsed.data;
    const stamp = new Date(now()).toISOString();
    if (!(await bindings.bind(clientId, device.userId, c.get('tokenHash'), stamp)))
      return fail(c, 'node_taken', TAKEN(clientId));
    return c.json(
      await store.pull(device.teamId, {
        since,
        limit,
        clientId,
        own: own === '1',
        maxBytes: pageBytes,
      }),
    );
  });

  app.get('/v1/snapshot', async (c) => {
    const parsed = snapshotQuerySchema.safeParse(c.req.query());
    if (!parsed.success) return fail(c, 'bad_request', describeIssues(parsed.error));
    const { after, limit } = parsed.data;
    const split = after?.indexOf('/') ?? -1;
    const key =
      after && split > 0 ? { table: after.slice(0, split), rowId: after.slice(split + 1) } : null;
    return c.json(
      await store.snapshot(c.get('device').teamId, { after: key, limit, maxBytes: pageBytes }),
    );
  });

  app.notFound((c) => fail(c, 'not_found', `No route ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    logger.error({ err: error, path: c.req.path }, 'request failed');
    return fail(c, 'internal', 'The server failed to handle this request; it has been logged');
  });
  return app;
}
