import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUTS, httpServerOptions, timeoutsProblem } from './serverTimeouts';

describe('server timeouts', () => {
  it('by default give a request seconds, not Node’s five minutes, and look for expired ones often', () => {
    const options = httpServerOptions(DEFAULT_TIMEOUTS);
    expect(options.requestTimeout).toBe(30_000);
    expect(options.headersTimeout).toBe(10_000);
    expect(options.keepAliveTimeout).toBe(5_000);
    expect(options.connectionsCheckingInterval).toBeLessThanOrEqual(1_000);
  });

  it('refuses timeouts Node could not use', () => {
    expect(timeoutsProblem({ headersMs: 2_000, requestMs: 1_000, keepAliveMs: 1 })).toMatch(
      /headers timeout may not be longer/,
    );
    expect(timeoutsProblem({ headersMs: 0, requestMs: 1_000, keepAliveMs: 1 })).toMatch(
      /headersMs must be a positive/,
    );
    expect(() => httpServerOptions({ headersMs: 1, requestMs: 1, keepAliveMs: 0.5 })).toThrow(
      /keepAliveMs/,
    );
  });
});
