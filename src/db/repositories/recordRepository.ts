/** Reads of synced records by type. Rows are mapped to records here and nowhere else. */
import type Database from 'better-sqlite3';
import type { RecordType, StoredRecord } from '../../shared/records/recordTypes';
import { decodeRow, type SqlValue } from '../changeCapture/tableColumns';
import { prepared } from '../preparedStatement';

type Row = Record<string, SqlValue>;
function toRecord<T extends RecordType>(type: T, row: Row): StoredRecord<T> {
  return decodeRow(type, row) as StoredRecord<T>;
}

/** A record by id, deleted or not (callers decide what a tombstone means to them). */
export function findRecord<T extends RecordType>(
  db: Database.Database,
  type: T,
  id: string,
): StoredRecord<T> | undefined {
  const row = prepared(db, `SELECT * FROM ${type} WHERE id = ?`).get(id) as Row | undefined;
  return row ? toRecord(type, row) : undefined;
}

/** Live records of one account, oldest first. */
export function listAccountRecords<T extends Exclude<RecordType, 'accounts'>>(
  db: Database.Database,
  type: T,
  accountId: string,
): StoredRecord<T>[] {
  const rows = prepared(
    db,
    `SELECT * FROM ${type} WHERE account_id = ? AND deleted = 0 ORDER BY id`,
  ).all(accountId) as Row[];
  return rows.map((row) => toRecord(type, row));
}

/** Every row of a type, tombstones included, ordered by id (for export and sync checks). */
export function listAllRecords<T extends RecordType>(
  db: Database.Database,
  type: T,
): StoredRecord<T>[] {
  const rows = prepared(db, `SELECT * FROM ${type} ORDER BY id`).all() as Row[];
  return rows.map((row) => toRecord(type, row));
}

export function countLiveAccounts(db: Database.Database): number {
  return (
    prepared(db, 'SELECT count(*) AS n FROM accounts WHERE deleted = 0').get() as { n: number }
  ).n;
}
