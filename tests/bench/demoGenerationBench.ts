/**
 * Demo generation of N accounts, end to end through the services and the change-capturing writer,
 * against raw prepared INSERTs of exactly the rows that generation leaves in the database (every
 * synced table and the change log, same schema and triggers), in one transaction.
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../src/db/openDatabase';
import { loadDemo } from '../../src/services/demo/demoService';
import { openWorkspace, type Workspace } from '../../src/services/workspace';
import { RECORD_TYPES } from '../../src/shared/records/recordTypes';
import { timed, type Figure, ms } from './benchUtil';

const TABLES = [...RECORD_TYPES, 'change_log', 'meta'];

function copyRowsRaw(from: Database.Database, to: Database.Database): { ms: number; rows: number } {
  // Read everything first: only the inserts are timed.
  const data = TABLES.map((table) => {
    const statement = from.prepare(`SELECT * FROM ${table}`);
    const columns = statement.columns().map((c) => c.name);
    return { table, columns, rows: statement.raw().all() as unknown[][] };
  });
  const rows = data.reduce((n, d) => n + d.rows.length, 0);
  const run = timed(() =>
    to.transaction(() => {
      for (const { table, columns, rows } of data) {
        const insert = to.prepare(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        for (const row of rows) insert.run(row);
      }
    })(),
  );
  return { ms: run.ms, rows };
}

export function benchDemoGeneration(
  dir: string,
  accounts: number,
  today: string,
): { figure: Figure; ws: Workspace } {
  const ws = openWorkspace(join(dir, 'portfolio.db'));
  const generation = timed(() => loadDemo(ws, { accounts, seed: 1, today }));
  const baselineDb = openDatabase(join(dir, 'baseline.db'));
  const raw = copyRowsRaw(ws.db.sqlite, baselineDb.sqlite);
  baselineDb.close();
  const ratio = generation.ms / raw.ms;
  console.log(
    `demo: ${accounts} accounts, ${generation.value.records} records, ${raw.rows} rows incl. change log`,
  );
  return {
    ws,
    figure: {
      name: `generate ${accounts.toLocaleString('en')} accounts`,
      value: ms(generation.ms),
      baseline: `raw inserts ${ms(raw.ms)}`,
      ratio,
      budget: '≤ 2× raw inserts',
      pass: ratio <= 2,
    },
  };
}
