/**
 * Applies changes from other replicas (DESIGN.md §8): every change is logged; each of its fields
 * is written only where it is newer (by HLC) than the field's current value; a value this
 * replica's user wrote that loses to another device is kept as a conflict. A change that fails
 * validation (an impossible id, a field the record schemas refuse) is quarantined instead: kept,
 * never applied, never seen by the clock. Log inserts, row writes, conflicts, quarantine and the
 * caller's cursor save happen in one transaction.
 */
import type Database from 'better-sqlite3';
import type { HybridLogicalClock } from '../../core/hlc';
import { fieldClocks, isConflict, mergeChange } from '../../core/sync/fieldMerge';
import { changeProblems, type ChangeProblem } from '../../shared/sync/changeValidation';
import type { SqlValue } from '../../shared/sync/syncProtocol';
import { describeValidation } from '../../shared/records/validationMessages';
import { hlcNode } from '../../shared/sync/hlcFormat';
import { rememberNodeAuthors } from '../repositories/nodeAuthorRepository';
import { prepared } from '../preparedStatement';
import { completeQuarantined, quarantineChange, releaseQuarantined } from './quarantineRepository';

export interface IncomingChange {
  id: string;
  table: string;
  rowId: string;
  data: Record<string, SqlValue>;
  /** Who made it, for the conflict list. */
  author?: string;
  base?: Record<string, string> | null;
}

export interface ApplyReport {
  /** Changes new to this replica. */
  received: number;
  /** Changes it already had. */
  duplicates: number;
  /** Field values written (the rest lost to newer values). */
  fieldsWritten: number;
  conflicts: number;
  /** Changes that failed validation and were kept aside instead of applied. */
  quarantined: number;
}

type Origin = 'remote' | 'snapshot';

/** Columns every write touches; overwriting them is never a conflict. */
const BOOKKEEPING = new Set(['updated_at', 'created_at']);

/** The tables the search index covers, and the kind each record is indexed as. */
const SEARCH_KIND: Partial<Record<string, string>> = {
  accounts: 'account',
  stakeholders: 'stakeholder',
  touchpoints: 'touchpoint',
};

export class RemoteApplier {
  private readonly upserts = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly clock: HybridLogicalClock,
    private readonly now: () => string,
  ) {}

  /** Applies a batch, then runs `commit` (e.g. a cursor save) in the same transaction. */
  apply(changes: IncomingChange[], origin: Origin, commit: () => void = () => {}): ApplyReport {
    const sorted = [...changes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const report: ApplyReport = {
      received: 0,
      duplicates: 0,
      fieldsWritten: 0,
      conflicts: 0,
      quarantined: 0,
    };
    let last: string | null = null;
    this.db.transaction(() => {
      const clocks = new Map<string, Map<string, string>>();
      const authors = new Map<string, string>();
      for (const change of sorted) {
        const problems = changeProblems(change);
        if (problems.length === 0) this.checkRowIdFree(change, problems);
        if (problems.length > 0) this.hold(change, origin, problems, report);
        else {
          this.applyOne(change, origin, clocks, report);
          last = change.id;
          if (change.author) authors.set(hlcNode(change.id), change.author);
        }
      }
      rememberNodeAuthors(this.db, authors);
      commit();
    })();
    // Later local writes must sort after everything seen; the server already bounded the drift.
    if (last) this.clock.observe(last);
    return report;
  }

  /**
   * Applies the kept changes that pass validation now — after an update of the app, one from a
   * newer teammate's app that set a field this version did not know yet.
   */
  releaseQuarantined(): ApplyReport {
    const total: ApplyReport = {
      received: 0,
      duplicates: 0,
      fieldsWritten: 0,
      conflicts: 0,
      quarantined: 0,
    };
    const now = completeQuarantined(this.db).filter((c) => changeProblems(c).length === 0);
    for (const origin of ['remote', 'snapshot'] as const) {
      const batch = now.filter((change) => change.origin === origin);
      if (batch.length === 0) continue;
      const report = this.apply(batch, origin, () => {
        for (const change of batch) releaseQuarantined(this.db, change.id);
      });
      total.received += report.received;
      total.fieldsWritten += report.fieldsWritten;
      total.conflicts += report.conflicts;
    }
    return total;
  }

  /**
   * Record ids are unique across tables (UUIDv7), and the search index relies on it: a change
   * that would make a searched record under an id another kind of record already has is held
   * back, or applying it would fail — and with it every later sync round.
   */
  private checkRowIdFree(change: IncomingChange, problems: ChangeProblem[]): void {
    const kind = SEARCH_KIND[change.table];
    if (!kind) return;
    const taken = prepared(this.db, 'SELECT kind FROM search_doc WHERE ref_id = ?')
      .pluck()
      .get(change.rowId) as string | undefined;
    if (taken === undefined || taken === kind) return;
    problems.push({
      changeId: change.id,
      table: change.table,
      rowId: change.rowId,
      column: '',
      code: 'rowIdTaken',
      reason: `row id ${describeValidation('rowIdTaken')} (${taken})`,
    });
  }

  /** Keeps an invalid change aside (one an older version already logged stays as it was). */
  private hold(
    change: IncomingChange,
    origin: Origin,
    problems: ChangeProblem[],
    report: ApplyReport,
  ): void {
    const logged = prepared(this.db, 'SELECT origin FROM change_log WHERE hlc = ?').get(
      change.id,
    ) as { origin: string } | undefined;
    if (logged) {
      if (logged.origin === 'snapshot' && origin === 'remote') this.countSnapshotEntry(change.id);
      report.duplicates++;
    } else if (quarantineChange(this.db, change, origin, problems, this.now())) {
      report.quarantined++;
    } else report.duplicates++;
  }

  /** A snapshot entry the log tail brings again counts toward the checksum from now on. */
  private countSnapshotEntry(hlc: string): void {
    const entry = prepared(
      this.db,
      "SELECT tbl, row_id, data, base FROM change_log WHERE hlc = ? AND origin = 'snapshot'",
    ).get(hlc) as { tbl: string; row_id: string; data: string; base: string | null };
    prepared(this.db, 'DELETE FROM change_log WHERE hlc = ?').run(hlc);
    prepared(
      this.db,
      "INSERT INTO change_log (hlc, tbl, row_id, data, origin, pushed, base) VALUES (?, ?, ?, ?, 'remote', 0, ?)",
    ).run(hlc, entry.tbl, entry.row_id, entry.data, entry.base);
  }

  private applyOne(
    change: IncomingChange,
    origin: Origin,
    cache: Map<string, Map<string, string>>,
    report: ApplyReport,
  ): void {
    const key = `${change.table}\u0000${change.rowId}`;
    let clocks = cache.get(key);
    if (!this.logEntry(change, origin)) {
      report.duplicates++;
      return;
    }
    report.received++;
    if (!clocks) {
      clocks = this.rowClocks(change.table, change.rowId, change.id);
      cache.set(key, clocks);
    }
    const { winners } = mergeChange(clocks, { hlc: change.id, data: change.data });
    if (winners.length === 0) return;
    report.conflicts += this.keepOverwritten(change, winners, clocks);
    this.upsert(change, winners);
    for (const column of winners) clocks.set(column, change.id);
    report.fieldsWritten += winners.length;
  }

  /** Logs the change; false when this replica already had it. */
  private logEntry(change: IncomingChange, origin: Origin): boolean {
    const data = JSON.stringify(change.data);
    const base = change.base ? JSON.stringify(change.base) : null;
    const insert = prepared(
      this.db,
      'INSERT OR IGNORE INTO change_log (hlc, tbl, row_id, data, origin, pushed, base) VALUES (?, ?, ?, ?, ?, 0, ?)',
    );
    if (insert.run(change.id, change.table, change.rowId, data, origin, base).changes === 1)
      return true;
    // A snapshot holds only a change's surviving fields; the full change replaces it when the
    // log tail brings it, and counts toward the checksum from then on.
    if (origin !== 'remote') return false;
    const replaced = prepared(
      this.db,
      "DELETE FROM change_log WHERE hlc = ? AND origin = 'snapshot'",
    ).run(change.id);
    if (replaced.changes === 0) return false;
    insert.run(change.id, change.table, change.rowId, data, origin, base);
    return true;
  }

  /** Field clocks of a row from its log, leaving out the change being applied. */
  private rowClocks(table: string, rowId: string, except: string): Map<string, string> {
    const rows = prepared(
      this.db,
      'SELECT hlc, data FROM change_log WHERE tbl = ? AND row_id = ? AND hlc <> ?',
    ).all(table, rowId, except) as { hlc: string; data: string }[];
    return fieldClocks(
      rows.map((r) => ({ hlc: r.hlc, data: JSON.parse(r.data) as Record<string, SqlValue> })),
    );
  }

  private keepOverwritten(
    change: IncomingChange,
    winners: string[],
    clocks: Map<string, string>,
  ): number {
    const node = this.clock.node;
    const candidates = winners.filter(
      (c) => !BOOKKEEPING.has(c) && (clocks.get(c) ?? '').endsWith(node),
    );
    if (candidates.length === 0) return 0;
    const row = prepared(this.db, `SELECT * FROM ${change.table} WHERE id = ?`).get(
      change.rowId,
    ) as Record<string, SqlValue> | undefined;
    if (!row) return 0;
    const record = prepared(
      this.db,
      `INSERT INTO sync_conflicts (tbl, row_id, "column", local_value, local_hlc, remote_value,
         remote_hlc, remote_author, concurrent, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let count = 0;
    for (const column of candidates) {
      const current = clocks.get(column);
      const local = row[column] ?? null;
      const remote = change.data[column] ?? null;
      if (!isConflict(node, current, local, remote)) continue;
      const concurrent = change.base?.[column] !== current;
      record.run(
        change.table,
        change.rowId,
        column,
        JSON.stringify(local),
        current,
        JSON.stringify(remote),
        change.id,
        change.author ?? '',
        concurrent ? 1 : 0,
        this.now(),
      );
      count++;
    }
    return count;
  }

  private upsert(change: IncomingChange, columns: string[]): void {
    const key = `${change.table}:${columns.join(',')}`;
    let statement = this.upserts.get(key);
    if (!statement) {
      // Table and column names were checked against the protocol map (changeProblems).
      const quoted = columns.map((c) => `"${c}"`);
      statement = this.db.prepare(
        `INSERT INTO ${change.table} (id, ${quoted.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})
         ON CONFLICT (id) DO UPDATE SET ${quoted.map((c) => `${c} = excluded.${c}`).join(', ')}`,
      );
      this.upserts.set(key, statement);
    }
    statement.run(change.rowId, ...columns.map((c) => change.data[c] ?? null));
  }
}
