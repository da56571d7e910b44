/**
 * The sync fuzz suite, grown to semantic garbage (issue 13): well over 1,000 seeded requests
 * against a real server process on each store, with values of the right JSON type but the wrong
 * meaning in every field of every synced table — bad dates, unknown enum values, negative money,
 * out-of-range scores, bad currencies, text past its limit, non-UUID ids, change ids whose time
 * does not exist, records breaking their cross-field rules — mixed with valid changes. The server
 * must accept exactly what the app's record schemas accept (the oracle below reads them
 * directly), never answer 5xx, and a pull and a snapshot afterwards must hold nothing invalid.
 *
 * Replay a run with OUTPOST_FUZZ_SEED=<seed> (printed at the start).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GROUPS } from '../../../src/core/health/defaultScorecard';
import { uuidv7 } from '../../../src/core/uuidv7';
import { loadDemo } from '../../../src/services/demo/demoService';
import { RECORD_SCHEMAS } from '../../../src/shared/records/recordTypes';
import { SYNC_COLUMNS, SYNC_TABLES, type SyncTable } from '../../../src/shared/sync/syncColumns';
import type { SqlValue } from '../../../src/shared/sync/syncProtocol';
import { tempDir, tempWorkspace } from '../testWorkspace';
import {
  POSTGRES_SKIP_REASON,
  POSTGRES_URL,
  emptyPostgres,
  type TestSchema,
} from './postgresTestUrl';
import { startServerProcess, type ServerProcess, type StoreLocation } from './serverProcess';

const SEED = Number(process.env.OUTPOST_FUZZ_SEED ?? 20261122);
const RANDOM_PUSHES = 900;
const FUZZER = 'f0220f0220f0220f';
const READER = 'eeadeeadeeadeead';
console.log(`semantic sync fuzz: seed ${SEED} (replay: OUTPOST_FUZZ_SEED=${SEED})`);
if (!POSTGRES_URL) console.log(`PostgreSQL store fuzz skipped: ${POSTGRES_SKIP_REASON}`);

type Data = Record<string, SqlValue>;
const columnsOf = (table: SyncTable) => SYNC_COLUMNS[table] as Record<string, string>;
const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

// ---- The oracle: the record schemas, read directly. ---------------------------------------

function typeFits(kind: string, value: SqlValue): boolean {
  if (value === null) return kind.endsWith('?');
  const base = kind.replace('?', '');
  if (base === 'text') return typeof value === 'string';
  if (base === 'integer') return Number.isSafeInteger(value);
  if (base === 'real') return typeof value === 'number' && Number.isFinite(value);
  if (base === 'boolean') return value === 0 || value === 1;
  try {
    const list: unknown = JSON.parse(String(value));
    return Array.isArray(list) && list.every((item) => typeof item === 'string');
  } catch {
    return false;
  }
}

function decoded(kind: string, value: SqlValue): unknown {
  if (kind === 'boolean') return value === 1;
  if (kind === 'list') return JSON.parse(String(value)) as unknown;
  return value;
}

/** Whether the app would accept this value in this column. */
function fieldValid(table: SyncTable, column: string, value: SqlValue): boolean {
  const kind = columnsOf(table)[column];
  if (kind === undefined || !typeFits(kind, value)) return false;
  if (column === 'deleted') return true;
  if (column === 'created_at' || column === 'updated_at') {
    const ms = Date.parse(String(value));
    return Number.isFinite(ms) && new Date(ms).toISOString() === value;
  }
  const shape = RECORD_SCHEMAS[table].shape as Record<
    string,
    { safeParse(v: unknown): { success: boolean } }
  >;
  return shape[camel(column)]?.safeParse(decoded(kind, value)).success ?? false;
}

const RECORD_COLUMNS = (table: SyncTable) =>
  Object.keys(columnsOf(table)).filter((c) => !['created_at', 'updated_at', 'deleted'].includes(c));

/** A change the app would accept: id, row and every field, and a whole record's own rules. */
function changeValid(change: { id: string; table: string; rowId: string; data: Data }): boolean {
  const idTime = change.id.slice(0, 24);
  const ms = Date.parse(idTime);
  if (!(Number.isFinite(ms) && new Date(ms).toISOString() === idTime)) return false;
  if (
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(change.rowId)
  )
    return false;
  if (!(SYNC_TABLES as string[]).includes(change.table)) return false;
  const table = change.table as SyncTable;
  if (!Object.entries(change.data).every(([c, v]) => fieldValid(table, c, v))) return false;
  const columns = RECORD_COLUMNS(table);
  if (!columns.every((c) => Object.hasOwn(change.data, c))) return true;
  const record = Object.fromEntries(
    columns.map((c) => [camel(c), decoded(columnsOf(table)[c]!, change.data[c] ?? null)]),
  );
  return RECORD_SCHEMAS[table].safeParse(record).success;
}

// ---- Values: garbage of every kind, and every valid value the demo portfolio wrote. --------

const LONG = [101, 201, 301, 501, 1001, 2001, 5001, 20_001, 100_001].map((n) => 'x'.repeat(n));
const GARBAGE: Record<string, SqlValue[]> = {
  text: [
    'not-a-date',
    '2026-13-01',
    '2026-02-30',
    '26-11-22',
    'ZZZ',
    'usd',
    'bogus_value',
    '',
    '   ',
    'row-1',
    'not-an-email',
    '#12345',
    '#GGGGGG',
    'data:image/gif;base64,R0lGOD',
    '{"groups":[]}',
    '{"nope":1}',
    '2026-11-22T99:99:99.999Z',
    '2026-11-22T10:00:00Z',
    '9999-99-99T99:99:99.999Z-ffff-f0220f0220f0220f',
    '0190a2b4-0000-0000-0000-000000000001',
    ...LONG,
  ],
  // A column that takes any finite number has only NaN-ish text to refuse ("NaN", "12").
  integer: [-1, -100, -250_000, 9999, 11, 6, 0, 101, 2 ** 53, 1.5, -0.5, 'NaN', '12'],
  real: [-1, 0, 101, 1e7, -0.5, 1_000_001, 'NaN', 'Infinity'],
  boolean: [2, -1, 0.5, 'true'],
  list: [
    '["",""]',
    '["not-a-uuid"]',
    '[1]',
    '{}',
    JSON.stringify(Array.from({ length: 101 }, (_, i) => `t${i}`)),
    JSON.stringify(['x'.repeat(101)]),
  ],
};
const POISONED_TIMES = [
  '9999-99-99T99:99:99.999Z',
  '2026-13-01T10:00:00.000Z',
  '2026-02-30T10:00:00.000Z',
  '2026-11-22T24:00:00.000Z',
];
const BAD_ROW_IDS = [
  'row-1',
  'acct_7',
  '0190a2b4-0000-0000-0000-000000000001',
  'ZZZZZZZZ-0000-7000-8000-000000000001',
];

interface Templates {
  /** One whole valid record per table, as an insert carries it. */
  records: Record<SyncTable, Data>;
  /** Valid values seen per column kind, which may be wrong for another column. */
  values: Record<string, SqlValue[]>;
}

function templates(): Templates {
  const ws = tempWorkspace();
  try {
    loadDemo(ws, { accounts: 2, seed: 11, today: '2026-11-20' });
    const records = {} as Record<SyncTable, Data>;
    const rows = ws.db.sqlite.prepare('SELECT tbl, data FROM change_log ORDER BY hlc').all() as {
      tbl: SyncTable;
      data: string;
    }[];
    for (const row of rows) {
      const data = JSON.parse(row.data) as Data;
      if (!records[row.tbl] && Object.keys(data).length === Object.keys(columnsOf(row.tbl)).length)
        records[row.tbl] = data;
    }
    const account = String(records.contracts?.account_id ?? '');
    const system = {
      created_at: '2026-11-20T08:00:00.000Z',
      updated_at: '2026-11-20T08:00:00.000Z',
      deleted: 0,
    };
    records.alert_actions ??= {
      ...system,
      account_id: account,
      alert_type: 'turned_red',
      action: 'resolve',
      until: '',
      note: 'Called them',
      date: '2026-11-20',
      author: 'Ann',
    };
    records.scorecards ??= {
      ...system,
      version: 2,
      definition: JSON.stringify(DEFAULT_GROUPS),
      note: '',
      author: 'Ann',
    };
    records.branding ??= {
      ...system,
      company_name: 'Acme',
      accent_color: '#4263EB',
      logo: '',
      author: 'Ann',
    };
    const values: Record<string, SqlValue[]> = {};
    for (const table of SYNC_TABLES)
      for (const [column, value] of Object.entries(records[table] ?? {})) {
        const kind = columnsOf(table)[column]!.replace('?', '');
        (values[kind] ??= []).push(value);
      }
    return { records, values };
  } finally {
    ws.cleanup();
  }
}

// ---- Requests. ----------------------------------------------------------------------------

interface Push {
  changes: { id: string; table: string; rowId: string; data: Data }[];
  /** Raw JSON in place of one value (a number JSON cannot hold, like 1e999). */
  raw?: { column: string; text: string };
  valid: boolean;
  /** The (table, column) this push tries a value of, for coverage. */
  target?: string;
}

function pushes(t: Templates): Push[] {
  let clock = Date.now() - 10 * 60_000;
  let rows = 0;
  const id = () => `${new Date(clock++).toISOString()}-0000-${FUZZER}`;
  const row = () => {
    const bytes = new Uint8Array(10);
    for (let i = 9, k = ++rows; i >= 0 && k > 0; i--, k = Math.floor(k / 256)) bytes[i] = k & 0xff;
    return uuidv7(Date.parse('2026-11-20T00:00:00Z'), bytes);
  };
  const make = (
    table: SyncTable,
    data: Data,
    extra: Partial<Push['changes'][number]> = {},
  ): Push['changes'][number] => ({ id: id(), table, rowId: row(), data, ...extra });
  const pick = <T>(rng: fc.Arbitrary<T>, n = 1) =>
    fc.sample(rng, { seed: SEED + n, numRuns: 1 })[0]!;
  const out: Push[] = [];
  const finish = (changes: Push['changes'], target?: string, raw?: Push['raw']): Push => ({
    changes,
    valid: !raw && changes.every(changeValid),
    ...(target ? { target } : {}),
    ...(raw ? { raw } : {}),
  });

  // First every column of every table once, with a value that is wrong for it.
  let n = 0;
  for (const table of SYNC_TABLES)
    for (const [column, kind] of Object.entries(columnsOf(table))) {
      const base = kind.replace('?', '');
      const wrong = [...(GARBAGE[base] ?? []), ...(t.values[base] ?? [])].filter(
        (v) => !fieldValid(table, column, v),
      );
      expect(wrong.length, `${table}.${column} has garbage to try`).toBeGreaterThan(0);
      const value = pick(fc.constantFrom(...wrong), n++);
      const whole = pick(fc.boolean(), n++);
      const data = whole
        ? { ...t.records[table], [column]: value }
        : { updated_at: '2026-11-20T09:00:00.000Z', [column]: value };
      out.push(finish([make(table, data)], `${table}.${column}`));
    }

  // Then seeded random pushes: a mix of valid and invalid changes, ids, rows and raw numbers.
  const table = fc.constantFrom(...SYNC_TABLES);
  const shape = fc.record({
    table,
    kind: fc.constantFrom(
      'field',
      'field',
      'field',
      'whole',
      'valid',
      'valid',
      'id',
      'row',
      'cross',
      'raw',
    ),
    batch: fc.integer({ min: 0, max: 2 }),
    pick: fc.nat(),
    pick2: fc.nat(),
  });
  for (const s of fc.sample(shape, { seed: SEED, numRuns: RANDOM_PUSHES })) {
    const tb = s.table;
    const columns = Object.entries(columnsOf(tb));
    const [column, kind] = columns[s.pick % columns.length]!;
    const base = kind.replace('?', '');
    const pool = [...(GARBAGE[base] ?? []), ...(t.values[base] ?? [])];
    const value = pool[s.pick2 % pool.length] ?? null;
    const extras = Array.from({ length: s.batch }, () => make(tb, { ...t.records[tb] }));
    let change: Push['changes'][number];
    let raw: Push['raw'] | undefined;
    switch (s.kind) {
      case 'field':
        change = make(tb, { [column]: value });
        break;
      case 'whole':
        change = make(tb, { ...t.records[tb], [column]: value });
        break;
      case 'valid':
        change = make(tb, { ...t.records[tb] });
        break;
      case 'id':
        change = make(
          tb,
          { ...t.records[tb] },
          {
            id: `${POISONED_TIMES[s.pick % POISONED_TIMES.length]}-${(s.pick2 % 0xffff).toString(16).padStart(4, '0')}-${FUZZER}`,
          },
        );
        break;
      case 'row':
        change = make(
          tb,
          { ...t.records[tb] },
          { rowId: BAD_ROW_IDS[s.pick % BAD_ROW_IDS.length]! },
        );
        break;
      case 'cross':
        change = make(tb, crossFieldBreak(tb, t.records[tb]!, s.pick));
        break;
      default: {
        const numeric = columns.filter(([, k]) => /integer|real/.test(k));
        const [col] = numeric[s.pick % Math.max(1, numeric.length)] ?? ['deleted'];
        change = make(tb, { ...t.records[tb], [col]: 0 });
        raw = { column: col, text: ['1e999', '-1e999', '1e400'][s.pick2 % 3]! };
      }
    }
    out.push(finish([...extras, change], `${tb}.${column}`, raw));
  }
  return out;
}

/** A whole record that breaks its cross-field rule where it has one (else a valid record). */
function crossFieldBreak(table: SyncTable, record: Data, pick: number): Data {
  switch (table) {
    case 'contracts':
      return { ...record, start_date: '2027-01-01', end_date: '2026-01-01' };
    case 'survey_responses':
      return { ...record, kind: ['csat', 'ces'][pick % 2]!, score: 9 };
    case 'exchange_rates':
      return { ...record, to_currency: record.from_currency ?? 'USD' };
    case 'support_tickets':
      return { ...record, opened_date: '2026-11-20', closed_date: '2026-11-01' };
    case 'alert_actions':
      return { ...record, action: 'snooze', date: '2026-11-20', until: '2026-11-19' };
    default:
      return { ...record };
  }
}

/** The request body, from one of the fuzzing clients (its node in every change id). */
function body(push: Push, client = FUZZER): string {
  const text = JSON.stringify({ clientId: FUZZER, changes: push.changes }).replaceAll(
    FUZZER,
    client,
  );
  if (!push.raw) return text;
  return text.replace(`"${push.raw.column}":0`, `"${push.raw.column}":${push.raw.text}`);
}

/** Several fuzzing users, so the per-user rate limit (50/s) does not slow the run down. */
const CLIENTS = Array.from({ length: 6 }, (_, i) => `f0220f0220f0220${i}`);

// ---- The run. -----------------------------------------------------------------------------

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
      const all = pushes(templates());
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
