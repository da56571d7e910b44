/**
 * Importing 100,000 contacts from a Salesforce CSV export (DESIGN.md §11) into a book of 2,000
 * accounts, through `importFile` — streamed parse, mapping, account lookups, validation and the
 * change-capturing writer, in one transaction — against raw prepared INSERTs of the same rows
 * into an identical database, in one transaction.
 *
 * "The same rows" are every row the import leaves behind, as the generation bench counts them:
 * per contact its stakeholder row, its one change-log row (the record writer logs an insert as a
 * single change carrying every field, DESIGN.md §8) and its `import_rows` entry (what undo and the
 * next import compare with), plus the batch. A bare stakeholder insert would be a baseline no
 * write path of the app may take: a write without its change is one sync never sees.
 *
 * Import and baseline run in three pairs, each into a fresh copy of the book; the median pair is
 * the figure. The baseline inserts table by table (the cheapest order; a write path that keeps
 * each record with its change pays for interleaving them).
 *
 * Memory: the import must stream, so what it holds alive must not grow with the file. Dry runs
 * (the same transaction, rolled back) of 25k and 100k rows are collected every megabyte read and
 * their peak live heap above the start compared; the timed run also reads heapUsed and rss at
 * every chunk, printed as they are (garbage and SQLite's page cache included).
 */
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../src/db/openDatabase';
import { importFile, type ImportInput } from '../../src/services/import/importService';
import { openWorkspace } from '../../src/services/workspace';
import { timed, type Figure, ms } from './benchUtil';

const CHUNK = 256 * 1024;
const MB = 1024 * 1024;

/** A fixed 15-character Salesforce-like id: prefix and a base-36 counter. */
const sfId = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(12, '0')}`;

function accountsCsv(accounts: number): string {
  const lines = ['Id,Name,Industry,BillingCity,BillingCountry,OwnerId,Website'];
  for (let a = 0; a < accounts; a++)
    lines.push(
      `${sfId('001', a)},Account ${a},Software,City ${a % 50},Country ${a % 7},CSM ${a % 20},a${a}.example`,
    );
  return `${lines.join('\n')}\n`;
}

const TITLES = ['VP Operations', 'IT Director', 'Head of Digital', '"Buyer, EMEA"', 'CFO'];

function writeContactsCsv(file: string, contacts: number, accounts: number): number {
  const fd = openSync(file, 'w');
  try {
    writeFileSync(fd, 'Id,AccountId,FirstName,LastName,Email,Title,Phone\n');
    const lines: string[] = [];
    for (let c = 0; c < contacts; c++) {
      const a = c % accounts;
      lines.push(
        `${sfId('003', c)},${sfId('001', a)},First${c},Last${c},first${c}.last@a${a}.example,${TITLES[c % TITLES.length]},+1 206 555 ${String(c % 10000).padStart(4, '0')}`,
      );
      if (lines.length === 5000) {
        writeFileSync(fd, `${lines.join('\n')}\n`);
        lines.length = 0;
      }
    }
    if (lines.length) writeFileSync(fd, `${lines.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
  return statSync(file).size;
}

function* fileChunks(file: string, onChunk: () => void): Generator<Uint8Array> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) return;
      onChunk();
      yield Buffer.from(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

/** V8's collector, to measure what the import keeps alive rather than its garbage. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  if (!gc) throw new Error('no gc() to measure the live heap with');
  return gc;
}

function contactsInput(file: string, onChunk: () => void, dryRun = false): ImportInput {
  return {
    entity: 'stakeholders',
    fileName: 'contacts.csv',
    chunks: () => fileChunks(file, onChunk),
    size: statSync(file).size,
    lang: 'en',
    dryRun,
  };
}

/** A book of `accounts` accounts, imported the way a user would bring them in (not timed). */
function bookWithAccounts(db: string, csv: string): void {
  const ws = openWorkspace(db);
  try {
    const bytes = Buffer.from(csv);
    const report = importFile(ws, {
      entity: 'accounts',
      fileName: 'accounts.csv',
      chunks: () => [bytes],
      size: bytes.length,
      lang: 'en',
    });
    if (report.counts.skip > 0) throw new Error(`accounts: ${report.counts.skip} skipped`);
  } finally {
    ws.close();
  }
}

interface Peaks {
  heap: number;
  rss: number;
}

/** The peak growth of heapUsed and rss over a run, sampled by `sample()`. */
function peaks(gc: () => void) {
  gc();
  const start = process.memoryUsage();
  const peak: Peaks = { heap: 0, rss: 0 };
  return {
    peak,
    sample() {
      const now = process.memoryUsage();
      peak.heap = Math.max(peak.heap, now.heapUsed - start.heapUsed);
      peak.rss = Math.max(peak.rss, now.rss - start.rss);
    },
  };
}

/** Imports the contacts for real, timed; heap and rss are read (cheaply) at every chunk. */
function timedImport(db: string, file: string, gc: () => void) {
  const ws = openWorkspace(db);
  try {
    const memory = peaks(gc);
    const run = timed(() => importFile(ws, contactsInput(file, memory.sample)));
    memory.sample();
    const { counts } = run.value;
    if (counts.create !== counts.rows) throw new Error(`contacts: ${JSON.stringify(counts)}`);
    return { ms: run.ms, created: counts.create, peak: memory.peak };
  } finally {
    ws.close();
  }
}

/**
 * The live heap of an import (a dry run: the same transaction, rolled back), collected every
 * megabyte read: what the import holds, apart from garbage the collector has not come to yet.
 */
function liveHeap(db: string, file: string, gc: () => void): Peaks {
  const ws = openWorkspace(db);
  try {
    const memory = peaks(gc);
    let chunks = 0;
    const report = importFile(
      ws,
      contactsInput(
        file,
        () => {
          if (++chunks % (MB / CHUNK) !== 0) return;
          gc();
          memory.sample();
        },
        true,
      ),
    );
    gc();
    memory.sample();
    if (report.counts.create !== report.counts.rows) throw new Error('contacts: dry run skipped');
    return memory.peak;
  } finally {
    ws.close();
  }
}

const TABLES = [
  { table: 'stakeholders', where: '' },
  { table: 'change_log', where: "WHERE tbl = 'stakeholders'" },
  { table: 'import_rows', where: "WHERE tbl = 'stakeholders'" },
  { table: 'import_batches', where: "WHERE entity = 'stakeholders'" },
];

type Rows = { table: string; columns: string[]; rows: unknown[][] }[];

function importedRows(db: string): Rows {
  const from = openDatabase(db);
  try {
    return TABLES.map(({ table, where }) => {
      const statement = from.sqlite.prepare(`SELECT * FROM ${table} ${where}`);
      const columns = statement.columns().map((c) => c.name);
      return { table, columns, rows: statement.raw().all() as unknown[][] };
    });
  } finally {
    from.close();
  }
}

/** Raw prepared INSERTs of `data`, table by table, in one transaction (only these are timed). */
function rawInserts(db: string, data: Rows): number {
  const to = openDatabase(db);
  try {
    const sqlite: Database.Database = to.sqlite;
    return timed(() =>
      sqlite.transaction(() => {
        for (const { table, columns, rows } of data) {
          const insert = sqlite.prepare(
            `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          );
          for (const row of rows) insert.run(row);
        }
      })(),
    ).ms;
  } finally {
    to.close();
  }
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const RUNS = 3;

export function benchImport(dir: string, contacts = 100_000, accounts = 2_000): Figure[] {
  const gc = collector();
  const accountsFile = accountsCsv(accounts);
  const quarter = Math.round(contacts / 4);
  const files = { full: join(dir, 'contacts.csv'), quarter: join(dir, 'contacts-quarter.csv') };
  const size = writeContactsCsv(files.full, contacts, accounts);
  const quarterSize = writeContactsCsv(files.quarter, quarter, accounts);
  const book = (name: string) => {
    const db = join(dir, `${name}.db`);
    bookWithAccounts(db, accountsFile);
    return db;
  };

  const live = {
    quarter: liveHeap(book('import-quarter'), files.quarter, gc),
    full: liveHeap(book('import-live'), files.full, gc),
  };
  // Import and baseline in pairs, each into a fresh copy of the book: the load of a shared
  // machine moves within a minute, so each pair is timed close together and the median pair
  // (by ratio) is the figure.
  const pairs = Array.from({ length: RUNS }, (_, i) => {
    const db = book(`import-${i}`);
    const run = timedImport(db, files.full, gc);
    const data = importedRows(db);
    const raw = rawInserts(book(`raw-${i}`), data);
    return { run, raw, ratio: run.ms / raw, rows: data.reduce((n, d) => n + d.rows.length, 0) };
  });
  const { run, raw, ratio, rows } = [...pairs].sort((a, b) => a.ratio - b.ratio)[RUNS >> 1]!;
  const heapRatio = live.full.heap / Math.max(live.quarter.heap, 1);
  const n = (x: number) => x.toLocaleString('en');
  console.log(
    `import: ${n(contacts)} contacts (${mb(size)}) for ${n(accounts)} accounts; ${n(rows)} rows written incl. change log and undo rows; import / raw ${pairs.map((p) => `${ms(p.run.ms)} / ${ms(p.raw)}`).join(', ')}`,
  );
  console.log(
    `import memory: live heap growth ${mb(live.full.heap)} for ${n(contacts)} rows (${mb(size)}), ${mb(live.quarter.heap)} for ${n(quarter)} rows (${mb(quarterSize)}); timed run's peak heapUsed growth ${mb(run.peak.heap)} (garbage included), peak rss growth ${mb(run.peak.rss)} (SQLite's page cache included)`,
  );
  return [
    {
      name: `import ${n(contacts)} contacts from CSV`,
      value: `${ms(run.ms)} (${n(Math.round(run.created / (run.ms / 1000)))}/s)`,
      baseline: `raw inserts ${ms(raw)}`,
      ratio,
      budget: '≤ 2× raw inserts',
      pass: ratio <= 2,
    },
    {
      name: `import live heap growth, ${n(contacts)} rows vs ${n(quarter)}`,
      value: `${mb(live.full.heap)} (${((100 * live.full.heap) / size).toFixed(0)}% of the ${mb(size)} file)`,
      baseline: mb(live.quarter.heap),
      ratio: heapRatio,
      budget: 'flat: < 1.5× for 4× the rows, < half the file',
      pass: heapRatio < 1.5 && live.full.heap < size / 2,
    },
  ];
}
