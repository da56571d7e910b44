/**
 * A 50 MB contacts export (long multi-line descriptions in Chinese and English, quoted, with
 * commas and quotes in them) is streamed: previewed and imported correctly — every row, line
 * numbers counted through the line breaks inside cells — while what the process keeps alive on
 * its heap stays a small fraction of the file.
 */
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileChunks } from '../../src/services/import/fileChunks';
import { importFile, type ImportInput } from '../../src/services/import/importService';
import { openWorkspace, type Workspace } from '../../src/services/workspace';
import { tempDir } from './testWorkspace';

const MB = 1024 * 1024;
const ACCOUNTS = 200;
const TARGET_BYTES = 50 * MB;
/** Each description has three line breaks: a row spans four lines of the file. */
const LINES_PER_ROW = 4;

const accountId = (a: number) => `001LARGE${String(a).padStart(7, '0')}`;
const contactId = (c: number) => `003LARGE${String(c).padStart(7, '0')}`;

function description(c: number): string {
  const zh = `客户成功经理第${c}次拜访，讨论续约、扩容与培训计划；`.repeat(30);
  const en = `Met "the team" on renewal, seats, and training (visit ${c}). `.repeat(30);
  return `${zh}\n${en}\r\n${zh}\n${en}`;
}

/** Writes the export row by row; returns its row count. The last row has a broken email. */
function writeExport(file: string): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  let c = 0;
  try {
    bytes += writeSync(fd, 'Id,AccountId,FirstName,LastName,Email,Title,Description\r\n');
    const quoted = (n: number) => `"${description(n).replace(/"/g, '""')}"`;
    for (; bytes < TARGET_BYTES; c++) {
      const a = c % ACCOUNTS;
      bytes += writeSync(
        fd,
        `${contactId(c)},${accountId(a)},Wei${c},Li,wei${c}.li@a${a}.example,"Head of IT, Ops",${quoted(c)}\r\n`,
      );
    }
    writeSync(fd, `${contactId(c)},${accountId(0)},Last,Row,not-an-email,Buyer,${quoted(c)}\r\n`);
  } finally {
    closeSync(fd);
  }
  return c + 1;
}

/** V8's collector: what the import keeps alive is measured, not its garbage. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const tmp = tempDir();
const file = join(tmp.dir, 'contacts-50mb.csv');
let rows = 0;
let ws: Workspace;

beforeAll(() => {
  rows = writeExport(file);
  ws = openWorkspace(join(tmp.dir, 'book.db'));
  const csv = Buffer.from(
    [
      'Id,Name,Website',
      ...Array.from({ length: ACCOUNTS }, (_, a) => `${accountId(a)},Account ${a},a${a}.example`),
    ].join('\n'),
  );
  importFile(ws, {
    entity: 'accounts',
    fileName: 'accounts.csv',
    chunks: () => [csv],
    size: csv.length,
    lang: 'en',
  });
}, 60_000);

afterAll(() => {
  ws.close();
  tmp.cleanup();
});

/** Imports the file, collecting every 8 MB read: the peak of the live heap above the start. */
function importMeasured(dryRun: boolean) {
  const gc = collector();
  gc();
  const start = process.memoryUsage().heapUsed;
  let peak = 0;
  let read = 0;
  let next = 8 * MB;
  const input: ImportInput = {
    entity: 'stakeholders',
    fileName: 'contacts-50mb.csv',
    *chunks() {
      for (const chunk of fileChunks(file)) {
        read += chunk.length;
        if (read >= next) {
          next += 8 * MB;
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - start);
        }
        yield chunk;
      }
    },
    size: statSync(file).size,
    lang: 'en',
    dryRun,
  };
  const report = importFile(ws, input);
  return { report, peak, read };
}

describe('a 50 MB export', () => {
  it('is previewed streamed: every row counted, the last one named by its line', () => {
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(TARGET_BYTES);
    const { report, peak } = importMeasured(true);
    expect(report.counts).toEqual({ rows, create: rows - 1, update: 0, unchanged: 0, skip: 1 });
    expect(report.issues).toEqual([
      {
        line: 2 + LINES_PER_ROW * (rows - 1),
        column: 'Email',
        problem: 'invalidEmail',
        value: 'not-an-email',
      },
    ]);
    expect(report.sample[0]).toMatchObject({
      line: 2,
      action: 'create',
      values: { name: 'Wei0 Li', email: 'wei0.li@a0.example', title: 'Head of IT, Ops' },
    });
    // Far from the file: the reader holds a chunk, the import a row and its own bookkeeping.
    expect(peak).toBeLessThan(size / 5);
    expect(ws.db.sqlite.prepare('SELECT count(*) AS n FROM stakeholders').get()).toEqual({ n: 0 });
  }, 120_000);

  it('is imported streamed, row for row as previewed', () => {
    const size = statSync(file).size;
    const { report, peak } = importMeasured(false);
    expect(report.counts).toMatchObject({ rows, create: rows - 1, skip: 1 });
    expect(peak).toBeLessThan(size / 5);
    const db = ws.db.sqlite;
    expect(db.prepare('SELECT count(*) AS n FROM stakeholders WHERE deleted = 0').get()).toEqual({
      n: rows - 1,
    });
    const last = rows - 2;
    expect(
      db
        .prepare(
          `SELECT s.name, s.email, a.name AS account FROM stakeholders s
             JOIN accounts a ON a.id = s.account_id WHERE s.external_id = ?`,
        )
        .get(`salesforce:${contactId(last)}`),
    ).toEqual({
      name: `Wei${last} Li`,
      email: `wei${last}.li@a${last % ACCOUNTS}.example`,
      account: `Account ${last % ACCOUNTS}`,
    });
  }, 120_000);
});
