/**
 * The sync server over real loopback HTTP:
 *  - push + pull of one change between two replicas (p50), against a bare HTTP request to the
 *    same server (GET /health) as the baseline;
 *  - 50 concurrent clients each pushing one change and pulling, as fast as they can: throughput
 *    and p99, against 50 clients hammering GET /health.
 */
import { join } from 'node:path';
import pino from 'pino';
import { addTeam, addUser } from '../../src/server/admin/serverAdmin';
import { startSyncServer, type RunningSyncServer } from '../../src/server/startSyncServer';
import { httpSyncTransport } from '../../src/services/sync/httpSyncTransport';
import { runSyncRound } from '../../src/services/sync/syncRound';
import { createRecord, updateRecord } from '../../src/services/recordService';
import { openWorkspace } from '../../src/services/workspace';
import { percentile, timedAsync, type Figure, ms } from './benchUtil';

async function timeRequests(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push((await timedAsync(fn)).ms);
  return times;
}

/** A real sync server on 127.0.0.1 (SQLite store, no rate limit) for the length of `fn`. */
export async function withServer<T>(
  dir: string,
  name: string,
  fn: (s: RunningSyncServer) => Promise<T>,
): Promise<T> {
  const server = await startSyncServer({
    dataDir: join(dir, name),
    port: 0,
    logger: pino({ level: 'silent' }),
    rateLimit: { perSecond: 1e6, burst: 1e6 },
  });
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

export async function benchPushPull(dir: string): Promise<Figure> {
  return withServer(dir, 'push-pull-server', async (server) => {
    const now = new Date().toISOString();
    await addTeam(server.store, 'bench', now);
    const a = openWorkspace(join(dir, 'pp-a.db'));
    const b = openWorkspace(join(dir, 'pp-b.db'));
    const ta = httpSyncTransport({
      serverUrl: server.url,
      token: await addUser(server.store, 'bench', 'a', now),
    });
    const tb = httpSyncTransport({
      serverUrl: server.url,
      token: await addUser(server.store, 'bench', 'b', now),
    });
    const account = createRecord(a, 'accounts', { name: 'Bench Co' });
    await runSyncRound(a, ta);
    await runSyncRound(b, tb);
    const rounds: number[] = [];
    for (let i = 0; i < 200; i++) {
      updateRecord(a, 'accounts', account.id, { notes: `edit ${i}` });
      const push = await timedAsync(() => runSyncRound(a, ta));
      const pull = await timedAsync(() => runSyncRound(b, tb));
      if (pull.value.fieldsWritten === 0) throw new Error('the change did not arrive');
      rounds.push(push.ms + pull.ms);
    }
    const health = await timeRequests(200, () =>
      fetch(`${server.url}/health`).then((r) => r.json()),
    );
    a.close();
    b.close();
    const p50 = percentile(rounds, 50);
    const base = percentile(health, 50);
    return {
      name: 'push + pull one change on loopback (p50)',
      value: `${ms(p50)} (p95 ${ms(percentile(rounds, 95))})`,
      baseline: `GET /health p50 ${ms(base)}`,
      ratio: p50 / base,
      budget: '< 30 ms',
      pass: p50 < 30,
    };
  });
}

const hex = (n: number) => n.toString(16).padStart(16, '0');
/** Each client's own account (row ids are UUIDs, or the server refuses the change). */
const rowOf = (client: number) => `0190a2b4-0000-7000-8000-${hex(client + 1).slice(4)}`;

export async function benchConcurrentClients(
  dir: string,
  clients = 50,
  seconds = 10,
): Promise<Figure> {
  return withServer(dir, 'load-server', async (server) => {
    const now = new Date().toISOString();
    await addTeam(server.store, 'load', now);
    const tokens: string[] = [];
    for (let i = 0; i < clients; i++)
      tokens.push(await addUser(server.store, 'load', `user ${i}`, now));

    async function load(request: (client: number, seq: number) => Promise<void>) {
      const latencies: number[] = [];
      let failures = 0;
      const until = performance.now() + seconds * 1000;
      await Promise.all(
        tokens.map(async (_, client) => {
          for (let seq = 0; performance.now() < until; seq++) {
            const t = await timedAsync(() => request(client, seq).catch(() => void failures++));
            latencies.push(t.ms);
          }
        }),
      );
      return { latencies, failures, perSecond: latencies.length / seconds };
    }

    const cursors = new Array<number>(clients).fill(0);
    const sync = await load(async (client, seq) => {
      const token = tokens[client]!;
      const clientId = hex(client + 1);
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const id = `${new Date().toISOString()}-${(seq % 0xffff).toString(16).padStart(4, '0')}-${clientId}`;
      const push = await fetch(`${server.url}/v1/push`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          clientId,
          changes: [{ id, table: 'accounts', rowId: rowOf(client), data: { name: `Load ${seq}` } }],
        }),
      });
      if (!push.ok) throw new Error(`push ${push.status}`);
      await push.json();
      const pull = await fetch(
        `${server.url}/v1/pull?since=${cursors[client]}&limit=500&clientId=${clientId}`,
        { headers },
      );
      if (!pull.ok) throw new Error(`pull ${pull.status}`);
      cursors[client] = ((await pull.json()) as { nextCursor: number }).nextCursor;
    });
    const health = await load(async () => {
      const r = await fetch(`${server.url}/health`);
      await r.json();
    });
    const p99 = percentile(sync.latencies, 99);
    const baseP99 = percentile(health.latencies, 99);
    if (sync.failures > 0) console.log(`concurrent clients: ${sync.failures} failed rounds`);
    return {
      name: `${clients} concurrent clients, push + pull rounds`,
      value: `${sync.perSecond.toFixed(0)} rounds/s, p99 ${ms(p99)}, ${sync.failures} failed`,
      baseline: `GET /health ${health.perSecond.toFixed(0)} req/s, p99 ${ms(baseP99)}`,
      ratio: p99 / baseP99,
      budget: 'no failures (throughput and p99 reported)',
      pass: sync.failures === 0,
    };
  });
}
