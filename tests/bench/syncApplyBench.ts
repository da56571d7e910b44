/**
 * Applying 100,000 remote changes (the first 100k writes of the portfolio, as another device
 * would pull them, in pages of 2,000 with a cursor save per page) against raw upserts of the same
 * rows into an identical empty database, in transactions of the same size.
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../src/db/openDatabase';
import { writeCursor } from '../../src/db/sync/syncState';
import { RemoteApplier, type IncomingChange } from '../../src/db/sync/remoteApplier';
import type { SqlValue } from '../../src/shared/sync/syncProtocol';
import { openWorkspace, type Workspace } from '../../src/services/workspace';
import { timed, type Figure, ms } from './benchUtil';

const PAGE = 2000;

function rawUpserts(db: Database.Database, changes: IncomingChange[]): void {
  const statements = new Map<string, Database.Statement>();
  for (let i = 0; i < changes.length; i += PAGE) {
    db.transaction(() => {
      for (const c of changes.slice(i, i + PAGE)) {
        const columns = Object.keys(c.data);
        const key = `${c.table}:${columns.join(',')}`;
        let statement = statements.get(key);
        if (!statement) {
          const quoted = columns.map((x) => `"${x}"`);
          statement = db.prepare(
            `INSERT INTO ${c.table} (id, ${quoted.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})
             ON CONFLICT (id) DO UPDATE SET ${quoted.map((x) => `${x} = excluded.${x}`).join(', ')}`,
          );
          statements.set(key, statement);
        }
        statement.run(c.rowId, ...Object.values(c.data));
      }
    })();
  }
}

export function benchSyncApply(portfolio: Workspace, dir: string, count = 100_000): Figure {
  const changes = (
    portfolio.db.sqlite
      .prepare('SELECT hlc, tbl, row_id, data FROM change_log ORDER BY hlc LIMIT ?')
      .all(count) as { hlc: string; tbl: string; row_id: string; data: string }[]
  ).map((r) => ({
    id: r.hlc,
    table: r.tbl,
    rowId: r.row_id,
    data: JSON.parse(r.data) as Record<string, SqlValue>,
    author: 'bench',
  }));

  const baseline = openDatabase(join(dir, 'apply-baseline.db'));
  const raw = timed(() => rawUpserts(baseline.sqlite, changes));
  baseline.close();

  const ws = openWorkspace(join(dir, 'apply-replica.db'));
  const applier = new RemoteApplier(ws.db.sqlite, ws.clock, ws.nowIso);
  const applied = timed(() => {
    for (let i = 0; i < changes.length; i += PAGE)
      applier.apply(changes.slice(i, i + PAGE), 'remote', () => writeCursor(ws.db.sqlite, i));
  });
  const rows = (ws.db.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number })
    .n;
  ws.close();
  if (rows !== changes.length) throw new Error(`applied ${rows} of ${changes.length} changes`);
  const ratio = applied.ms / raw.ms;
  return {
    name: `apply ${changes.length.toLocaleString('en')} remote changes`,
    value: `${ms(applied.ms)} (${Math.round(changes.length / (applied.ms / 1000)).toLocaleString('en')}/s)`,
    baseline: `raw upserts ${ms(raw.ms)}`,
    ratio,
    budget: '≤ 3× raw upserts',
    pass: ratio <= 3,
  };
}
