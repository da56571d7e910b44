/**
 * Rows an older server stored before it checked what changes mean: a field set by a change
 * whose id is no real time (`9999-99-99T…` sorts above every real edit and pins the field) or
 * whose value the record schemas refuse (currency `ZZZ`). Every row this server writes is built
 * from checked changes and marked `checked`; an unchecked row is checked when a push or a
 * snapshot first reads it, and when it holds such a field it is rebuilt from the row's stored
 * changes that pass — the fields a replica that pulled the whole log and quarantined the bad
 * changes holds, so a new device's snapshot agrees with the devices that were there before.
 */
import { mergeRowFields, type RowFields } from '../../core/sync/fieldMerge';
import { changeProblems } from '../../shared/sync/changeValidation';
import type { SqlValue } from '../../shared/sync/syncProtocol';

/** A team row as read, with its `checked` mark. */
export interface TeamRowRead {
  tbl: string;
  row_id: string;
  fields: string;
  checked: number;
}

export interface StoredChangeRow {
  id: string;
  data: string;
  base: string | null;
}

export interface CheckedRow {
  table: string;
  rowId: string;
  fields: RowFields;
  /** The row held a field set by a change refused today: rebuild it (repairRow). */
  suspect: boolean;
  /** For a row read unchecked: the text it had, and what to store back marked checked. */
  writeBack: { was: string; fields: string } | null;
}

function needsRepair(table: string, rowId: string, fields: RowFields): boolean {
  for (const [column, [value, hlc]] of Object.entries(fields))
    if (changeProblems({ id: hlc, table, rowId, data: { [column]: value } }).length > 0)
      return true;
  return false;
}

export function checkRow(read: TeamRowRead): CheckedRow {
  const fields = JSON.parse(read.fields) as RowFields;
  const checked = Number(read.checked) === 1;
  return {
    table: read.tbl,
    rowId: read.row_id,
    fields,
    suspect: !checked && needsRepair(read.tbl, read.row_id, fields),
    writeBack: checked ? null : { was: read.fields, fields: read.fields },
  };
}

/** Rebuilds a suspect row from its stored changes (in sequence order) that pass validation. */
export function repairRow(row: CheckedRow, history: StoredChangeRow[]): void {
  const fields: RowFields = {};
  for (const stored of history) {
    const change = {
      id: stored.id,
      table: row.table,
      rowId: row.rowId,
      data: JSON.parse(stored.data) as Record<string, SqlValue>,
      base: stored.base ? (JSON.parse(stored.base) as Record<string, string>) : null,
    };
    if (changeProblems(change).length === 0)
      mergeRowFields(fields, { hlc: change.id, data: change.data });
  }
  row.fields = fields;
  row.suspect = false;
  if (row.writeBack) row.writeBack.fields = JSON.stringify(fields);
}
