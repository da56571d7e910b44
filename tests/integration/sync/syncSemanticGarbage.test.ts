/**
 * Hole 3 of issue 13, against a real server process on both stores: values of the right JSON
 * type but wrong meaning — currency `ZZZ`, `end_date: "not-a-date"`, negative money, a score of
 * 9999, an exchange rate of 0, a row id that is no UUID — are refused with a 400 naming the
 * table, row, field and reason, and the push is refused whole. A store an older server filled
 * with such values does not break the laptops: those that pull them quarantine them (listed with
 * the reason, in the app and the CLI), keep their good data, and the account's QBR deck and its
 * editing still work; a new device's snapshot holds the last valid values.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRecord, listAccountRecords } from '../../../src/db/repositories/recordRepository';
import { deckFor } from '../../../src/services/deck/deckService';
import { loadDemo } from '../../../src/services/demo/demoService';
import { listPortfolio } from '../../../src/services/portfolioService';
import { updateRecord } from '../../../src/services/recordService';
import { httpSyncTransport } from '../../../src/services/sync/httpSyncTransport';
import { listQuarantineViews } from '../../../src/services/sync/quarantineService';
import { runSyncRound } from '../../../src/services/sync/syncRound';
import type { SqlValue, SyncChange } from '../../../src/shared/sync/syncProtocol';
import { tempDir } from '../testWorkspace';
import { openStoreSql, plantChanges } from './oldServerStore';
import {
  POSTGRES_SKIP_REASON,
  POSTGRES_URL,
  emptyPostgres,
  type TestSchema,
} from './postgresTestUrl';
import { startServerProcess, type ServerProcess } from './serverProcess';
import { openReplica, type Replica } from './syncHarness';

const MALLORY = 'ba5eba11deadbeef';
const CLI = ['--import', 'tsx', 'src/hosts/cli/cliMain.ts'];

if (!POSTGRES_URL) console.log(`PostgreSQL store tests skipped: ${POSTGRES_SKIP_REASON}`);

interface Garbage {
  table: string;
  rowId: string;
  column: string;
  value: SqlValue;
  /** What the refusal says of it. */
  reason: string;
}

describe.each([
  { store: 'sqlite', postgres: false },
  { store: 'postgres', postgres: true },
])('semantic garbage on the $store store', ({ postgres }) => {
  const skip = postgres && !POSTGRES_URL;
  const tmp = tempDir();
  let schema: TestSchema | null = null;
  let server: ServerProcess;
  const location = { dataDir: tmp.dir } as { dataDir: string; databaseUrl?: string };
  const tokens: Record<string, string> = {};
  let ann: Replica;
  let bob: Replica;
  let garbage: Garbage[] = [];
  let accountId = '';
  const replica = (name: string) =>
    openReplica(
      tmp.dir,
      name,
      httpSyncTransport({ serverUrl: server.url, token: tokens[name] ?? '' }),
      Date.now(),
    );
  let tick = 0;
  const stamp = () =>
    `${new Date(Date.now() - 60_000).toISOString()}-${(tick++).toString(16).padStart(4, '0')}-${MALLORY}`;

  beforeAll(async () => {
    if (skip) return;
    if (postgres) {
      schema = await emptyPostgres();
      location.databaseUrl = schema.url;
    }
    server = await startServerProcess(location);
    for (const name of ['ann', 'bob', 'cai', 'mallory'])
      tokens[name] = await server.addUser('emea', name);
    ann = replica('ann');
    bob = replica('bob');
    loadDemo(ann.ws, { accounts: 2, seed: 3, today: ann.ws.today() });
    await runSyncRound(ann.ws, ann.transport);
    await runSyncRound(bob.ws, bob.transport);
    accountId = listPortfolio(ann.ws)[0]!.id;
    const db = ann.ws.db.sqlite;
    const first = <T extends { id: string }>(rows: T[]) => rows[0]!.id;
    const contract = first(listAccountRecords(db, 'contracts', accountId));
    garbage = [
      {
        table: 'accounts',
        rowId: accountId,
        column: 'currency',
        value: 'ZZZ',
        reason: 'is not one of the allowed values',
      },
      {
        table: 'contracts',
        rowId: contract,
        column: 'end_date',
        value: 'not-a-date',
        reason: 'must be a date as YYYY-MM-DD',
      },
      {
        table: 'contracts',
        rowId: contract,
        column: 'arr_minor',
        value: -250_000,
        reason: 'must not be negative',
      },
      {
        table: 'survey_responses',
        rowId: first(listAccountRecords(db, 'survey_responses', accountId)),
        column: 'score',
        value: 9999,
        reason: 'is outside the allowed range',
      },
      {
        table: 'exchange_rates',
        rowId: (db.prepare('SELECT id FROM exchange_rates LIMIT 1').get() as { id: string }).id,
        column: 'rate',
        value: 0,
        reason: 'must be more than 0',
      },
      {
        table: 'stakeholders',
        rowId: first(listAccountRecords(db, 'stakeholders', accountId)),
        column: 'influence',
        value: 99,
        reason: 'is outside the allowed range',
      },
    ];
  }, 120_000);

  afterAll(async () => {
    if (skip) return;
    for (const r of [ann, bob]) r.ws.close();
    await server.stop();
    await schema?.drop();
    tmp.cleanup();
  });

  const push = (body: unknown) =>
    fetch(`${server.url}/v1/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.mallory}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const asChange = (g: Garbage): SyncChange => ({
    id: stamp(),
    table: g.table,
    rowId: g.rowId,
    data: { [g.column]: g.value, updated_at: new Date().toISOString() },
  });

  it.skipIf(skip)(
    'refuses each with a 400 naming table, row, field and reason, whole',
    async () => {
      const before = await server.admin.stats();
      const cases = [
        ...garbage,
        {
          table: 'stakeholders',
          rowId: 'stakeholder-7',
          column: '',
          value: null,
          reason: 'row id: must be a record id',
        },
      ];
      for (const g of cases) {
        const valid: SyncChange = {
          id: stamp(),
          table: 'accounts',
          rowId: accountId,
          data: { region: 'Valid' },
        };
        const bad = g.column
          ? asChange(g)
          : { id: stamp(), table: g.table, rowId: g.rowId, data: { name: 'Li Wei' } };
        const response = await push({ clientId: MALLORY, changes: [valid, bad] });
        const body = (await response.json()) as {
          error: { code: string; message: string; problem: Record<string, unknown> };
        };
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(body.error.code).toBe('invalid_change');
        expect(body.error.message).toContain(`${g.table}/${g.rowId}`);
        expect(body.error.message).toContain(g.column ? `${g.column}: ${g.reason}` : g.reason);
        expect(body.error.message).toContain('nothing was stored');
        expect(body.error.problem).toMatchObject({
          table: g.table,
          rowId: g.rowId,
          column: g.column,
        });
      }
      expect(await server.admin.stats()).toEqual(before);
    },
  );

  it.skipIf(skip)(
    'quarantines what an older server stored; the deck and editing still work',
    async () => {
      const sql = await openStoreSql(location);
      await plantChanges(
        sql,
        { team: 'emea', user: 'mallory', clientId: MALLORY },
        garbage.map(asChange),
      );
      await sql.close();
      const good = garbage.map((g) => [g.table, g.rowId, g.column, valueOf(bob, g)]);

      const round = await runSyncRound(bob.ws, bob.transport);
      expect(round.quarantined).toBe(garbage.length);
      expect(round.inSync).toBe(true);
      // Not applied over the good data.
      expect(garbage.map((g) => [g.table, g.rowId, g.column, valueOf(bob, g)])).toEqual(good);
      // Listed with table, row, field and reason.
      const held = listQuarantineViews(bob.ws);
      expect(
        held
          .flatMap((h) => h.problems.map((p) => `${h.type}/${h.rowId}/${p.column}:${p.reason}`))
          .sort(),
      ).toEqual(garbage.map((g) => `${g.table}/${g.rowId}/${g.column}:${g.reason}`).sort());
      expect(held.every((h) => h.author === 'mallory')).toBe(true);
      expect(held.find((h) => h.type === 'accounts')).toMatchObject({
        accountId,
        accountName: expect.any(String),
      });

      // The account's QBR deck builds, and editing the account and its contract works.
      const today = bob.ws.today();
      const deck = deckFor(bob.ws, {
        accountId,
        audience: 'internal',
        lang: 'en',
        from: '2026-01-01',
        to: today,
      });
      expect(deck.slides.length).toBeGreaterThan(3);
      updateRecord(bob.ws, 'accounts', accountId, { notes: 'Met the CFO' });
      const contract = garbage[1]!.rowId;
      updateRecord(bob.ws, 'contracts', contract, { seats: 120 });
      const after = await runSyncRound(bob.ws, bob.transport);
      expect(after).toMatchObject({ pushed: 2, inSync: true });

      // A new device's snapshot holds the last valid values, and it can edit too.
      const cai = replica('cai');
      expect((await runSyncRound(cai.ws, cai.transport)).inSync).toBe(true);
      for (const g of garbage)
        expect(valueOf(cai, g), `${g.table}.${g.column}`).toEqual(valueOf(bob, g));
      expect(findRecord(cai.ws.db.sqlite, 'contracts', contract)?.seats).toBe(120);
      deckFor(cai.ws, {
        accountId,
        audience: 'customer',
        lang: 'zh-CN',
        from: '2026-01-01',
        to: today,
      });
      updateRecord(cai.ws, 'accounts', accountId, { region: 'Nordics' });
      expect((await runSyncRound(cai.ws, cai.transport)).inSync).toBe(true);
      cai.ws.close();

      if (postgres) return;
      // The CLI lists them too.
      bob.ws.close();
      const listed = spawnSync(process.execPath, [...CLI, '--db', bob.file, 'quarantine'], {
        encoding: 'utf8',
        env: { ...process.env, INIT_CWD: '' },
      });
      expect(listed.status, listed.stderr).toBe(0);
      for (const g of garbage)
        expect(listed.stdout).toMatch(
          new RegExp(`${g.table}\\s+${g.rowId}\\s+${g.column}\\s+${g.reason}`),
        );
      expect(listed.stdout).toContain(`${garbage.length} change(s) held back`);
      const json = spawnSync(process.execPath, [...CLI, '--db', bob.file, 'quarantine', '--json'], {
        encoding: 'utf8',
        env: { ...process.env, INIT_CWD: '' },
      });
      expect((JSON.parse(json.stdout) as unknown[]).length).toBe(garbage.length);
      bob.reopen();
    },
    180_000,
  );
});

/** A field's value on a replica, read from its column. */
function valueOf(replica: Replica, g: Garbage): unknown {
  const row = replica.ws.db.sqlite
    .prepare(`SELECT "${g.column}" AS v FROM ${g.table} WHERE id = ?`)
    .get(g.rowId) as { v: unknown } | undefined;
  return row?.v;
}
