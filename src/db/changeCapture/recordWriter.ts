/**
 * The only write path into synced tables. Every insert or update writes the row and appends the
 * changed fields to the change log, stamped with one HLC, in the same transaction (DESIGN.md §8).
 * Deletes are `deleted = true` like any other field.
 */
import type Database from 'better-sqlite3';
import type { HybridLogicalClock } from '../../core/hlc';
import { fieldClocks } from '../../core/sync/fieldMerge';
import type { RecordType } from '../../shared/records/recordTypes';
import { encodeValue, tableColumns, type SqlValue } from './tableColumns';

export interface WriteResult {
  /** Field names that changed (empty when the write changed nothing). */
  changed: string[];
  hlc: string | null;
}

export class RecordNotFoundError extends Error {
  constructor(
    readonly type: RecordType,
    readonly id: string,
  ) {
    super(`No ${type} record with id ${id}`);
    this.name = 'RecordNotFoundError';
  }
}

export class RecordWriter {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly appendLog: Database.Statement;
  private readonly rowLog: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly clock: HybridLogicalClock,
    private readonly now: () => string,
  ) {
    this.appendLog = db.prepare(
      "INSERT INTO change_log (hlc, tbl, row_id, data, origin, pushed, base) VALUES (?, ?, ?, ?, 'local', 0, ?)",
    );
    this.rowLog = db.prepare('SELECT hlc, data FROM change_log WHERE tbl = ? AND row_id = ?');
  }

  /** Inserts a new row with every field (defaults already applied by the caller's schema). */
  insert(type: RecordType, id: string, fields: Record<string, unknown>): WriteResult {
    const at = this.now();
    const row: Record<string, SqlValue> = {};
    for (const { field, column, kind } of tableColumns(type)) {
      if (field === 'id') continue;
      const value =
        field === 'createdAt' || field === 'updatedAt'
          ? at
          : field === 'deleted'
            ? false
            : fields[field];
      row[column] = encodeValue(kind, value);
    }
    const columns = Object.keys(row);
    const insert = this.statement(
      `insert:${type}`,
      () =>
        `INSERT INTO ${type} (id, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`,
    );
    return this.inTransaction(() => {
      insert.run(id, ...Object.values(row));
      const hlc = this.log(type, id, row, null);
      return {
        changed: tableColumns(type)
          .map((c) => c.field)
          .filter((f) => f !== 'id'),
        hlc,
      };
    });
  }

  /** Writes the fields of `patch` that differ from the stored row; no change, no log entry. */
  update(type: RecordType, id: string, patch: Record<string, unknown>): WriteResult {
    const select = this.statement(`select:${type}`, () => `SELECT * FROM ${type} WHERE id = ?`);
    return this.inTransaction(() => {
      const current = select.get(id) as Record<string, SqlValue> | undefined;
      if (!current) throw new RecordNotFoundError(type, id);
      const changes: Record<string, SqlValue> = {};
      const changed: string[] = [];
      for (const { field, column, kind } of tableColumns(type)) {
        if (!(field in patch) || field === 'id' || field === 'createdAt' || field === 'updatedAt')
          continue;
        const value = encodeValue(kind, patch[field]);
        if (value !== current[column]) {
          changes[column] = value;
          changed.push(field);
        }
      }
      if (changed.length === 0) return { changed, hlc: null };
      changes.updated_at = this.now();
      const columns = Object.keys(changes);
      const update = this.statement(
        `update:${type}:${columns.join(',')}`,
        () => `UPDATE ${type} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
      );
      update.run(...Object.values(changes), id);
      return {
        changed,
        hlc: this.log(
          type,
          id,
          changes,
          this.baseOf(
            type,
            id,
            columns.filter((c) => c !== 'updated_at'),
          ),
        ),
      };
    });
  }

  private log(
    type: RecordType,
    id: string,
    data: Record<string, SqlValue>,
    base: string | null,
  ): string {
    const hlc = this.clock.now();
    this.appendLog.run(hlc, type, id, JSON.stringify(data), base);
    return hlc;
  }

  /** The HLC each of `columns` had before this write: what the user saw and overwrote. */
  private baseOf(type: RecordType, id: string, columns: string[]): string | null {
    const entries = (this.rowLog.all(type, id) as { hlc: string; data: string }[]).map((e) => ({
      hlc: e.hlc,
      data: JSON.parse(e.data) as Record<string, SqlValue>,
    }));
    const clocks = fieldClocks(entries);
    const base: Record<string, string> = {};
    for (const column of columns) {
      const hlc = clocks.get(column);
      if (hlc !== undefined) base[column] = hlc;
    }
    return Object.keys(base).length ? JSON.stringify(base) : null;
  }

  private inTransaction<T>(fn: () => T): T {
    return this.db.inTransaction ? fn() : this.db.transaction(fn)();
  }

  private statement(key: string, sql: () => string): Database.Statement {
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.db.prepare(sql());
      this.statements.set(key, statement);
    }
    return statement;
  }
}
