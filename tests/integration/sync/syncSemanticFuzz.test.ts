/**
 * The sync fuzz suite, grown to semantic garbage (issue 13): well over 1,000 seeded requests
 * against a real server process on each store, with values of the right JSON type but the wrong
 * meaning in every field of every synced table — bad dates, unknown enum values, negative money,
 * out-of-range scores, bad currencies, text past its limit, non-UUID ids, change ids whose time
 * does not exist, records breaking their cross-field rules — mixed with valid changes. The server
 * must accept exactly what the app's record schemas accept (fuzzOracle.ts reads them directly),
 * never answer 5xx, and a pull and a snapshot afterwards must hold nothing invalid.
 *
 * Replay a run with OUTPOST_FUZZ_SEED=<seed> (printed at the start).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_TABLES, type SyncTable } from '../../../src/shared/sync/syncColumns';
import type { SqlValue } from '../../../src/shared/sync/syncProtocol';
import { tempDir } from '../testWorkspace';
import { changeValid, columnsOf, fieldValid, type Data } from './fuzzOracle';
import { body, CLIENTS, pushes, templates } from './fuzzPushes';
import {
  POSTGRES_SKIP_REASON,
  POSTGRES_URL,
  emptyPostgres,
  type TestSchema,
} from './postgresTestUrl';
import { startServerProcess, type ServerProcess, type StoreLocation } from './serverProcess';

const SEED = Number(process.env.OUTPOST_FUZZ_SEED ?? 20261122);
const READER = 'eeadeeadeeadeead';
console.log(`semantic sync fuzz: seed ${SEED} (replay: OUTPOST_FUZZ_SEED=${SEED})`);
if (!POSTGRES_URL) console.log(`PostgreSQL store fuzz skipped: ${POSTGRES_SKIP_REASON}`);

describe.each([
  { store: 'sqlite', postgres: false },
  { store: 'postgres', postgres: true },
])('semantic sync fuzz on the $store store', ({ postgres }) => {
  const skip = postgres && !POSTGRES_URL;
  const tmp = tempDir();
  let schema: TestSchema | null = null;
  let server: ServerProcess;
  const fuzzers: string[] = [];
  let reader = '';

  beforeAll(async () => {
    if (skip) return;
    const location: StoreLocation = { dataDir: tmp.dir };
    if (postgres) {
      schema = await emptyPostgres();
      location.databaseUrl = schema.url;
    }
    server = await startServerProcess(location);
    for (const [i] of CLIENTS.entries()) fuzzers.push(await server.addUser('emea', `fuzzer ${i}`));
    reader = await server.addUser('emea', 'reader');
  }, 90_000);

  afterAll(async () => {
    if (skip) return;
    await server.stop();
    await schema?.drop();
    tmp.cleanup();
  });

  it.skipIf(skip)(
    'accepts exactly what the record schemas accept, never a 5xx, and stores nothing invalid',
    async () => {
      const all = pushes(templates(), SEED);
      const statuses = new Map<number, number>();
      const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const tried = new Set<string>();
      let accepted = 0;
      let requests = 0;
      for (const [i, push] of all.entries()) {
        const client = CLIENTS[i % CLIENTS.length]!;
        let response: Response;
        for (;;) {
          response = await fetch(`${server.url}/v1/push`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${fuzzers[i % CLIENTS.length]}`,
              'content-type': 'application/json',
            },
            body: body(push, client),
          });
          requests++;
          count(response.status);
          if (response.status !== 429) break;
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
        const text = await response.text();
        const what = `${push.target ?? ''} ${body(push, client).slice(0, 400)} → ${response.status} ${text.slice(0, 300)}`;
        expect(response.status, what).toBe(push.valid ? 200 : 400);
        if (push.valid) accepted += push.changes.length;
        else {
          if (push.target) tried.add(push.target);
          const error = (
            JSON.parse(text) as {
              error: { code: string; problem?: { table: string; rowId: string } };
            }
          ).error;
          expect(['invalid_change', 'bad_request'], what).toContain(error.code);
          if (error.code === 'invalid_change') {
            const refused = push.changes.find(
              (c) => c.table === error.problem?.table && c.rowId === error.problem?.rowId,
            );
            expect(refused && !changeValid(refused), what).toBe(true);
          }
        }
      }

      // Nothing invalid was stored: read it all back, by the log and by the snapshot.
      let since = 0;
      const pulled: { id: string; table: string; rowId: string; data: Data }[] = [];
      for (;;) {
        const response = await fetch(
          `${server.url}/v1/pull?since=${since}&limit=500&clientId=${READER}`,
          { headers: { authorization: `Bearer ${reader}` } },
        );
        requests++;
        count(response.status);
        const page = (await response.json()) as {
          changes: typeof pulled;
          nextCursor: number;
          hasMore: boolean;
        };
        pulled.push(...page.changes);
        since = page.nextCursor;
        if (!page.hasMore) break;
      }
      let after = '';
      const snapshot: {
        table: string;
        rowId: string;
        fields: Record<string, [SqlValue, string]>;
      }[] = [];
      for (;;) {
        const response = await fetch(
          `${server.url}/v1/snapshot?limit=500${after ? `&after=${encodeURIComponent(after)}` : ''}`,
          { headers: { authorization: `Bearer ${reader}` } },
        );
        requests++;
        count(response.status);
        const page = (await response.json()) as { rows: typeof snapshot; next: string | null };
        snapshot.push(...page.rows);
        if (!page.next) break;
        after = page.next;
      }

      console.log(
        `semantic sync fuzz (${postgres ? 'postgres' : 'sqlite'}): ${requests} requests`,
        Object.fromEntries(statuses),
        `${accepted} valid changes stored`,
      );
      expect(requests).toBeGreaterThanOrEqual(1000);
      expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
      // Every table and every column had its garbage refused.
      const columns = SYNC_TABLES.flatMap((table) =>
        Object.keys(columnsOf(table)).map((c) => `${table}.${c}`),
      );
      expect(columns.filter((c) => !tried.has(c))).toEqual([]);
      // Valid pushes were taken, whole; refused ones left nothing behind.
      expect(pulled).toHaveLength(accepted);
      expect(pulled.filter((c) => !changeValid(c)).map((c) => c.id)).toEqual([]);
      const badFields = snapshot.flatMap((r) =>
        Object.entries(r.fields)
          .filter(([column, [value]]) => !fieldValid(r.table as SyncTable, column, value))
          .map(([column]) => `${r.table}/${r.rowId}.${column}`),
      );
      expect(badFields).toEqual([]);
      expect(accepted).toBeGreaterThan(100);
    },
    120_000,
  );
});
