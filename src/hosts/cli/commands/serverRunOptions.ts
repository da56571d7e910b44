/**
 * The flags of `server` that tune a running server: its timeouts and rate limits. Rates are
 * per minute, in whole numbers, so an admin can read them and a test can make them small.
 */
import type { SyncServerOptions } from '../../../server/startSyncServer';
import { DEFAULT_TIMEOUTS, timeoutsProblem } from '../../../server/serverTimeouts';
import {
  DEFAULT_AUTH_FAILURE_LIMIT,
  DEFAULT_RATE_LIMIT,
  type RateLimit,
} from '../../../server/http/rateLimiter';
import type { CliCommand, CliValues } from '../cliCommand';
import { parseIntegerOption, UsageError } from '../usageError';

const seconds = (ms: number) => Math.round(ms / 1000);

export const SERVER_RUN_USAGE = [
  `  [--headers-timeout S (${seconds(DEFAULT_TIMEOUTS.headersMs)})] [--request-timeout S (${seconds(DEFAULT_TIMEOUTS.requestMs)})] [--keep-alive-timeout S (${seconds(DEFAULT_TIMEOUTS.keepAliveMs)})]`,
  `  [--rate-per-minute N (${DEFAULT_RATE_LIMIT.perSecond * 60})] [--rate-burst N (${DEFAULT_RATE_LIMIT.burst})]       (requests per user)`,
  `  [--auth-failures-per-minute N (${DEFAULT_AUTH_FAILURE_LIMIT.perSecond * 60})] [--auth-failure-burst N (${DEFAULT_AUTH_FAILURE_LIMIT.burst})]   (bad tokens per address)`,
];

const NAMES = [
  'headers-timeout',
  'request-timeout',
  'keep-alive-timeout',
  'rate-per-minute',
  'rate-burst',
  'auth-failures-per-minute',
  'auth-failure-burst',
] as const;

export const SERVER_RUN_OPTIONS: CliCommand['options'] = Object.fromEntries(
  NAMES.map((name) => [name, { type: 'string' }]),
);

type Tuning = Pick<SyncServerOptions, 'timeouts' | 'rateLimit' | 'authFailureLimit'>;

export function serverRunOptions(values: CliValues): Tuning {
  const int = (name: (typeof NAMES)[number], max: number) =>
    parseIntegerOption(name, values[name] as string | undefined, 1, max);
  const timeouts = {
    headersMs: (int('headers-timeout', 3600) ?? seconds(DEFAULT_TIMEOUTS.headersMs)) * 1000,
    requestMs: (int('request-timeout', 3600) ?? seconds(DEFAULT_TIMEOUTS.requestMs)) * 1000,
    keepAliveMs: (int('keep-alive-timeout', 3600) ?? seconds(DEFAULT_TIMEOUTS.keepAliveMs)) * 1000,
  };
  if (timeoutsProblem(timeouts))
    throw new UsageError(
      `--headers-timeout (${seconds(timeouts.headersMs)} s) may not be longer than --request-timeout (${seconds(timeouts.requestMs)} s)`,
    );
  const limit = (perMinute: number | undefined, burst: number | undefined, base: RateLimit) => ({
    perSecond: perMinute === undefined ? base.perSecond : perMinute / 60,
    burst: burst ?? base.burst,
  });
  return {
    timeouts,
    rateLimit: limit(int('rate-per-minute', 1e7), int('rate-burst', 1e7), DEFAULT_RATE_LIMIT),
    authFailureLimit: limit(
      int('auth-failures-per-minute', 1e7),
      int('auth-failure-burst', 1e7),
      DEFAULT_AUTH_FAILURE_LIMIT,
    ),
  };
}
