/**
 * The background scheduler as the app's status indicator sees it: off until configured, then
 * never synced → up to date → N pending → up to date; offline with the reason when the server
 * cannot be reached; an error with the reason when the token is refused; never two rounds at once.
 */
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../../src/services/recordService';
import { httpSyncTransport } from '../../../src/services/sync/httpSyncTransport';
import { SyncScheduler } from '../../../src/services/sync/syncScheduler';
import type { SyncTransport } from '../../../src/services/sync/syncTransport';
import { addTestUser, openReplica, useTestServer, SERVER_URL } from './syncHarness';

describe('sync scheduler', () => {
  const ctx = useTestServer();

  const inProcess = (settings: { serverUrl: string; token: string }): SyncTransport =>
    httpSyncTransport({ ...settings, fetch: ctx.server.fetch });

  it('reports each state with the counts the indicator shows', async () => {
    const token = await addTestUser(ctx.server, 'team', 'Ann');
    const { ws } = openReplica(ctx.dir, 'ann', inProcess({ serverUrl: SERVER_URL, token }));
    const scheduler = new SyncScheduler(ws, { transportFor: inProcess });
    expect(scheduler.status().state).toBe('not_configured');

    createRecord(ws, 'accounts', { name: 'Acme' });
    const connected = await scheduler.configure(SERVER_URL, token);
    expect(connected).toMatchObject({ state: 'up_to_date', pending: 0, serverUrl: SERVER_URL });
    expect(connected.lastRound?.pushed).toBeGreaterThan(0);

    createRecord(ws, 'accounts', { name: 'Globex' });
    // An account comes with its handover record: two changes.
    expect(scheduler.status()).toMatchObject({ state: 'pending', pending: 2 });
    // Two "Sync now" at once share the work instead of racing.
    const [a, b] = await Promise.all([scheduler.syncNow(), scheduler.syncNow()]);
    expect(a.state).toBe('up_to_date');
    expect(b.state).toBe('up_to_date');
    expect((await ctx.server.store.stats()).changes).toBe(4);

    await ctx.server.store.revokeUser('team', 'Ann', new Date().toISOString());
    const refused = await scheduler.syncNow();
    expect(refused.state).toBe('error');
    // A code the app words in the user's language; the server's own text kept for support.
    expect(refused).toMatchObject({ errorCode: 'unauthorized', errorFacts: { status: 401 } });
    expect(refused.error).toBeTruthy();
    expect(refused.nextAttemptAt).toBeNull(); // not started: no background retries in this test

    expect(scheduler.disconnect().state).toBe('not_configured');
    ws.close();
  });

  it('says offline, with the reason, when the server cannot be reached', async () => {
    const { ws } = openReplica(ctx.dir, 'bob', inProcess({ serverUrl: SERVER_URL, token: 'x' }));
    const scheduler = new SyncScheduler(ws);
    createRecord(ws, 'accounts', { name: 'Hooli' });
    // Nothing listens on port 9 of 127.0.0.1 (and fetch refuses that port anyway).
    const status = await scheduler.configure('http://127.0.0.1:9', 'opd_token');
    expect(status.state).toBe('offline');
    expect(status.error).toMatch(/Cannot reach http:\/\/127\.0\.0\.1:9/);
    expect(status).toMatchObject({
      errorCode: 'unreachable',
      errorFacts: { server: '127.0.0.1:9' },
      // The account and its handover record wait to be sent, and the status says how many.
      pending: 2,
    });
    createRecord(ws, 'accounts', { name: 'Pied Piper' });
    expect(scheduler.status()).toMatchObject({ state: 'offline', pending: 4 });
    ws.close();
  });

  it('syncs at once when the network comes back, not when the backoff would have', async () => {
    const token = await addTestUser(ctx.server, 'team', 'Cid');
    let reachable = false;
    const flaky = (settings: { serverUrl: string; token: string }): SyncTransport =>
      httpSyncTransport({
        ...settings,
        fetch: (...args: Parameters<typeof fetch>) =>
          reachable ? ctx.server.fetch(...args) : Promise.reject(new TypeError('fetch failed')),
      });
    const { ws } = openReplica(ctx.dir, 'cid', inProcess({ serverUrl: SERVER_URL, token }));
    const scheduler = new SyncScheduler(ws, { transportFor: flaky, maxBackoffMs: 3_600_000 });
    scheduler.start();
    createRecord(ws, 'accounts', { name: 'Initech' });
    expect((await scheduler.configure(SERVER_URL, token)).state).toBe('offline');
    const waiting = scheduler.status();
    // The backoff after a failure waits 5 s: longer than this test waits below.
    expect(Date.parse(waiting.nextAttemptAt!) - Date.now()).toBeGreaterThan(4_000);

    reachable = true;
    scheduler.networkBack();
    const deadline = Date.now() + 3_000;
    while (scheduler.status().state !== 'up_to_date' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(scheduler.status()).toMatchObject({ state: 'up_to_date', pending: 0 });
    await scheduler.stop();
    ws.close();
  });

  it('refuses a server address that is not http(s)', () => {
    const { ws } = openReplica(ctx.dir, 'eve', inProcess({ serverUrl: SERVER_URL, token: 'x' }));
    const scheduler = new SyncScheduler(ws);
    expect(() => scheduler.configure('ftp://example.com', 'opd_token')).toThrow(
      /http:\/\/ or https:\/\//,
    );
    expect(scheduler.status().state).toBe('not_configured');
    ws.close();
  });
});
