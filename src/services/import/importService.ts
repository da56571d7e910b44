/**
 * Imports one entity from a CSV file (DESIGN.md §9 `import`): decides how the file is read and
 * which column fills which field, then runs every row through the same record services as the
 * UI in one transaction. A dry run is that same transaction rolled back, so the preview is what
 * the import will do. Rows that cannot be imported are skipped and listed with their line and
 * column; a file that cannot be read at all changes nothing. Each record remembers its id in the
 * source, so importing a newer export updates instead of duplicating, and a field the CSM changed
 * here since the last import is only overwritten when asked.
 */
import { columnDateOrder, dateOrderEvidence, type DateOrder } from '../../core/import/importDates';
import { CsvError } from '../../core/import/csvReader';
import { DecodeError, type TextEncoding } from '../../core/import/decodeText';
import { dataRows, fileShape, HEAD_BYTES, type FileShape } from '../../core/import/importText';
import { externalKey, normalizeHeader, proposeMapping } from '../../core/import/headerProfiles';
import { ENTITY_FIELDS, type ImportEntity } from '../../core/import/importEntities';
import { readImportRow, type ColumnMapping, type RowIssue } from '../../core/import/importRows';
import {
  insertBatch,
  knownOwners,
  saveMapping,
  savedMapping,
} from '../../db/repositories/importRepository';
import type { Lang } from '../../shared/format/formatters';
import { ServiceError } from '../serviceError';
import { reportProgress, stopIfCancelled } from '../taskContext';
import type { Workspace } from '../workspace';
import { ImportSeen } from './importSeen';
import { ImportWriter, type RowAction } from './importWriter';

export interface ImportInput {
  entity: ImportEntity;
  fileName: string;
  /** Reads the file from its start, chunk by chunk; called once for each pass over it. */
  chunks: () => Iterable<Uint8Array>;
  size: number;
  lang: Lang;
  /** The encoding the user chose over the detected one. */
  encoding?: TextEncoding;
  /** The source's name (a known one, or the user's), else the one the headers show, else `file`. */
  source?: string;
  /** header → field, or '' to leave the column out; wins over the proposed and remembered mapping. */
  map?: Record<string, string>;
  /** The day-month order of dates like 01/02/2026, when the file does not prove it. */
  dateOrder?: DateOrder;
  /** The currency of amounts without a currency column (default: the account's). */
  currency?: string;
  /** Overwrite fields changed here since the last import (else they are kept and listed). */
  overwrite?: boolean;
  dryRun?: boolean;
}

export interface ImportCounts {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  skip: number;
}

export interface ImportConflict {
  line: number;
  column: string;
  field: string;
  current: unknown;
  incoming: unknown;
}

export interface ImportReport {
  dryRun: boolean;
  batchId: string | null;
  entity: ImportEntity;
  fileName: string;
  encoding: TextEncoding;
  encodingReason: string;
  delimiter: string;
  headerLine: number;
  source: string;
  columns: ColumnMapping[];
  dateColumns: { header: string; order: DateOrder | null }[];
  counts: ImportCounts;
  issues: RowIssue[];
  issueCount: number;
  conflicts: ImportConflict[];
  /** The first rows as they will be stored. */
  sample: {
    line: number;
    action: RowAction;
    /** The account the row names (its name or id in the source); '' for an account row. */
    account: string;
    values: Record<string, unknown>;
  }[];
}

const MAX_LISTED = 1000;
const SAMPLE_ROWS = 20;
const MAX_FILE_BYTES = 1 << 30;

/** A problem with the whole file: nothing is imported. `detail` names the column or line. */
export class ImportFileError extends ServiceError {
  constructor(
    readonly problem: string,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(
      'invalid_input',
      `${problem}${Object.keys(detail).length ? ` ${JSON.stringify(detail)}` : ''}`,
      [{ path: 'file', code: problem, message: problem }],
    );
    this.name = 'ImportFileError';
  }
}

function readHead(input: ImportInput): { head: Uint8Array; complete: boolean } {
  const parts: Uint8Array[] = [];
  let length = 0;
  for (const chunk of input.chunks()) {
    parts.push(chunk);
    length += chunk.length;
    if (length > HEAD_BYTES) break;
  }
  return { head: Buffer.concat(parts).subarray(0, HEAD_BYTES), complete: length <= HEAD_BYTES };
}

function shapeOf(input: ImportInput): FileShape {
  if (input.size > MAX_FILE_BYTES) throw new ImportFileError('tooLarge', { bytes: input.size });
  const { head, complete } = readHead(input);
  const shape = fileShape(head, complete, input.encoding);
  if (!shape.ok) throw new ImportFileError(shape.problem);
  return shape.shape;
}

export interface ImportLayout {
  shape: FileShape;
  source: string;
  columns: ColumnMapping[];
}

/**
 * How the file reads and which column fills which field, before any row is read: what the
 * app's mapping screen shows even when the mapping is not yet complete.
 */
export function importLayout(ws: Workspace, input: ImportInput): ImportLayout {
  const shape = shapeOf(input);
  return { shape, ...mappingOf(ws, input, shape, false) };
}

/** The proposed mapping, then the one remembered for the source, then the user's. */
function mappingOf(
  ws: Workspace,
  input: ImportInput,
  shape: FileShape,
  complete = true,
): { source: string; columns: ColumnMapping[] } {
  const proposed = proposeMapping(shape.headers, input.entity);
  const source = (input.source ?? proposed.source ?? 'file').trim().toLowerCase();
  const fields = [...proposed.fields];
  const known = new Set(ENTITY_FIELDS[input.entity].map((f) => f.field));
  const apply = (map: Record<string, string>, strict: boolean) => {
    for (const [header, field] of Object.entries(map)) {
      const index = shape.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
      if (index < 0) {
        if (strict) throw new ImportFileError('unknownHeader', { header });
        continue;
      }
      if (field !== '' && field !== '-' && !known.has(field)) {
        if (strict) throw new ImportFileError('unknownField', { header, field });
        continue;
      }
      fields[index] = field === '' || field === '-' ? null : field;
    }
  };
  apply(savedMapping(ws.db.sqlite, source, input.entity) ?? {}, false);
  apply(input.map ?? {}, true);
  const columns = shape.headers.map((header, i) => ({ header, field: fields[i] ?? null }));
  if (!complete) return { source, columns };
  const has = (field: string) => columns.some((c) => c.field === field);
  if (columns.every((c) => c.field === null)) throw new ImportFileError('nothingMapped');
  if (input.entity !== 'accounts' && !has('accountExternalId') && !has('accountName'))
    throw new ImportFileError('noAccountColumn');
  return { source, columns };
}

/** Each date column's day-month order, from every cell of it; asks when nothing proves one. */
function dateOrders(
  input: ImportInput,
  shape: FileShape,
  columns: ColumnMapping[],
): Map<number, DateOrder> {
  const dateKinds = new Set(
    ENTITY_FIELDS[input.entity].filter((f) => f.kind === 'date').map((f) => f.field),
  );
  const dateColumns = columns.flatMap((c, i) => (c.field && dateKinds.has(c.field) ? [i] : []));
  const orders = new Map<number, DateOrder>();
  if (dateColumns.length === 0) return orders;
  const evidence = new Map(dateColumns.map((i) => [i, new Set<string>()]));
  const example = new Map<number, string>();
  for (const row of rowsOf(input, shape))
    for (const i of dateColumns) {
      const e = dateOrderEvidence(row.cells[i] ?? '');
      if (e) evidence.get(i)?.add(e);
      if (e === 'either' && !example.has(i)) example.set(i, (row.cells[i] ?? '').trim());
    }
  for (const i of dateColumns) {
    const seen = evidence.get(i) as Set<string>;
    const order = columnDateOrder(seen as Set<DateOrder | 'either'>);
    const header = columns[i]?.header ?? '';
    if (order === 'conflict') throw new ImportFileError('dateOrderConflict', { column: header });
    if (order) orders.set(i, order);
    else if (seen.has('either')) {
      if (!input.dateOrder)
        throw new ImportFileError('dateOrderUnknown', {
          column: header,
          example: example.get(i) ?? '',
        });
      orders.set(i, input.dateOrder);
    }
  }
  return orders;
}

function* rowsOf(input: ImportInput, shape: FileShape) {
  try {
    yield* dataRows(input.chunks(), shape);
  } catch (error) {
    if (error instanceof DecodeError)
      throw new ImportFileError('invalidText', {
        encoding: error.encoding,
        byte: error.byteOffset,
      });
    if (error instanceof CsvError) throw new ImportFileError(error.problem, { line: error.line });
    throw error;
  }
}

class DryRunDone extends Error {}

export function importFile(ws: Workspace, input: ImportInput): ImportReport {
  const shape = shapeOf(input);
  const { source, columns } = mappingOf(ws, input, shape);
  const orders = dateOrders(input, shape, columns);
  const report: ImportReport = {
    dryRun: input.dryRun === true,
    batchId: null,
    entity: input.entity,
    fileName: input.fileName,
    encoding: shape.choice.encoding,
    encodingReason: shape.choice.reason,
    delimiter: shape.delimiter,
    headerLine: shape.headerLine,
    source,
    columns,
    dateColumns: [...orders].map(([i, order]) => ({ header: columns[i]?.header ?? '', order })),
    counts: { rows: 0, create: 0, update: 0, unchanged: 0, skip: 0 },
    issues: [],
    issueCount: 0,
    conflicts: [],
    sample: [],
  };
  const issue = (i: RowIssue) => {
    report.issueCount++;
    if (report.issues.length < MAX_LISTED) report.issues.push(i);
  };
  const db = ws.db.sqlite;
  const batchId = ws.newId();
  const seen = new ImportSeen(db);
  const writer = new ImportWriter(ws, {
    entity: input.entity,
    source,
    batchId,
    columns,
    overwrite: input.overwrite === true,
    currency: input.currency ?? null,
    owners: knownOwners(db),
    seen,
  });
  const idColumn = columns.find((c) => c.field === 'externalId')?.header ?? '';
  // Progress is the share of the file read: the number of rows is not known before the end.
  let bytesRead = 0;
  const counted: ImportInput = {
    ...input,
    *chunks() {
      for (const chunk of input.chunks()) {
        bytesRead += chunk.length;
        yield chunk;
      }
    },
  };
  try {
    db.transaction(() => {
      for (const row of rowsOf(counted, shape)) {
        const mapped = readImportRow(input.entity, columns, row.cells, row.line, {
          lang: input.lang,
          currency: writer.currencyFor,
          dateOrders: orders,
        });
        if (!mapped) continue;
        report.counts.rows++;
        if (report.counts.rows % 1000 === 0) {
          stopIfCancelled('Stopped: nothing was imported.');
          reportProgress(Math.min(bytesRead, input.size), input.size);
        }
        if (mapped.externalId) {
          const key = externalKey(source, mapped.externalId);
          const first = seen.firstLine(`id:${key}`, row.line);
          if (first !== undefined)
            mapped.issues.push({
              line: row.line,
              column: idColumn,
              problem: 'duplicateId',
              value: `${mapped.externalId} ${first}`,
            });
        }
        const outcome =
          mapped.issues.length > 0
            ? { action: 'skip' as const, issues: mapped.issues }
            : writer.write(mapped);
        report.counts[outcome.action]++;
        for (const i of outcome.issues ?? []) issue(i);
        for (const c of outcome.conflicts ?? [])
          if (report.conflicts.length < MAX_LISTED) report.conflicts.push(c);
        if (report.sample.length < SAMPLE_ROWS)
          report.sample.push({
            line: row.line,
            action: outcome.action,
            account: mapped.accountName || mapped.accountExternalId,
            values: outcome.values ?? mapped.values,
          });
      }
      // Cancelled in the last rows: still nothing is written.
      stopIfCancelled('Stopped: nothing was imported.');
      if (input.dryRun) throw new DryRunDone();
      const written = report.counts.create + report.counts.update;
      if (written > 0) {
        insertBatch(db, {
          id: batchId,
          entity: input.entity,
          source,
          fileName: input.fileName,
          importedAt: ws.nowIso(),
          counts: { ...report.counts },
          undoneAt: '',
        });
        report.batchId = batchId;
      }
      saveMapping(
        db,
        source,
        input.entity,
        Object.fromEntries(columns.map((c) => [c.header, c.field ?? ''])),
        ws.nowIso(),
      );
    })();
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  }
  return report;
}
