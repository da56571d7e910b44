/**
 * The requests of the semantic sync fuzz (syncSemanticFuzz.test.ts): first every column of every
 * synced table once with a value that is wrong for it, then seeded random pushes mixing valid
 * records, garbage of the right JSON type in any field, impossible change ids, non-UUID row ids,
 * records breaking their cross-field rules and numbers JSON cannot hold. Each knows whether the
 * app would accept it (fuzzOracle.ts).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { DEFAULT_GROUPS } from '../../../src/core/health/defaultScorecard';
import { uuidv7 } from '../../../src/core/uuidv7';
import { loadDemo } from '../../../src/services/demo/demoService';
import { SYNC_TABLES, type SyncTable } from '../../../src/shared/sync/syncColumns';
import type { SqlValue } from '../../../src/shared/sync/syncProtocol';
import { tempWorkspace } from '../testWorkspace';
import { changeValid, columnsOf, fieldValid, type Data } from './fuzzOracle';

export const FUZZER = 'f0220f0220f0220f';
const RANDOM_PUSHES = 900;

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

export interface Templates {
  /** One whole valid record per table, as an insert carries it. */
  records: Record<SyncTable, Data>;
  /** Valid values seen per column kind, which may be wrong for another column. */
  values: Record<string, SqlValue[]>;
}

export function templates(): Templates {
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

export interface Push {
  changes: { id: string; table: string; rowId: string; data: Data }[];
  /** Raw JSON in place of one value (a number JSON cannot hold, like 1e999). */
  raw?: { column: string; text: string };
  valid: boolean;
  /** The (table, column) this push tries a value of, for coverage. */
  target?: string;
}

export function pushes(t: Templates, seed: number): Push[] {
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
    fc.sample(rng, { seed: seed + n, numRuns: 1 })[0]!;
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
  for (const s of fc.sample(shape, { seed, numRuns: RANDOM_PUSHES })) {
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
export function body(push: Push, client = FUZZER): string {
  const text = JSON.stringify({ clientId: FUZZER, changes: push.changes }).replaceAll(
    FUZZER,
    client,
  );
  if (!push.raw) return text;
  return text.replace(`"${push.raw.column}":0`, `"${push.raw.column}":${push.raw.text}`);
}

/** Several fuzzing users, so the per-user rate limit (50/s) does not slow the run down. */
export const CLIENTS = Array.from({ length: 6 }, (_, i) => `f0220f0220f0220${i}`);
