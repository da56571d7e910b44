/**
 * Imports from an Excel workbook (.xlsx). Each sheet is read as the CSV an import reads (see
 * sheetCsv), so its mapping, checks, preview and dry run are those of a CSV file; a sheet holds
 * the entity its name says (`Accounts`, `客户`, `Contacts`, `联系人` …). One sheet imports like
 * one file; a whole workbook imports every sheet that names an entity, accounts first, each as
 * its own batch (undone on its own) but all in one transaction: a sheet that cannot be read
 * leaves the database as it was, and a dry run previews the contacts against the accounts the
 * same workbook brings. Reading a workbook is asynchronous (its zip); importing it is not.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { IMPORT_ENTITIES, type ImportEntity } from '../../core/import/importEntities';
import { entitySheetNames, sheetEntity } from '../../core/import/sheetNames';
import { importFile, ImportFileError, type ImportInput, type ImportReport } from './importService';
import { sheetCsv, type SheetCsv } from './sheetCsv';
import type { Workspace } from '../workspace';

/** A workbook file's path, or its bytes. */
export type WorkbookSource = string | Uint8Array;

export interface WorkbookSheet {
  name: string;
  /** The entity the sheet's name says it holds, or null. */
  entity: ImportEntity | null;
  hidden: boolean;
}

/** What an import takes besides the file; the entity defaults to the one the sheet names. */
export type SheetImportOptions = Omit<
  ImportInput,
  'entity' | 'fileName' | 'chunks' | 'size' | 'encoding'
> & { entity?: ImportEntity };

export interface SheetImportReport extends ImportReport {
  sheet: string;
}

export interface WorkbookImportReport {
  fileName: string;
  dryRun: boolean;
  /** In the order imported: accounts first. */
  sheets: SheetImportReport[];
  /** Sheets left alone: their name says no entity, or they are hidden. */
  skipped: { sheet: string; reason: 'noEntity' | 'hidden' }[];
}

const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE2 compound file: Excel 97–2003 (.xls), or an .xlsx saved with a password. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether a file's first bytes are a zip, as every .xlsx is (whatever the file is named). */
export const isZip = (head: Uint8Array): boolean => startsWith(head, ZIP);

/** A workbook read for import: its sheets, each turned into CSV when first asked for. */
export class ImportWorkbook {
  private readonly csv = new Map<string, SheetCsv>();

  constructor(
    readonly fileName: string,
    private readonly book: ExcelJS.Workbook,
  ) {}

  get sheets(): WorkbookSheet[] {
    return this.book.worksheets.map((s) => ({
      name: s.name,
      entity: sheetEntity(s.name),
      hidden: s.state !== 'visible',
    }));
  }

  sheetCsv(name: string): SheetCsv {
    let csv = this.csv.get(name);
    if (!csv) {
      const sheet = this.book.worksheets.find((s) => s.name === name);
      if (!sheet) throw new ImportFileError('sheetNotFound', { sheet: name, sheets: this.names() });
      csv = sheetCsv(sheet);
      this.csv.set(name, csv);
    }
    return csv;
  }

  names(): string {
    return this.book.worksheets.map((s) => s.name).join(', ');
  }
}

/** Reads a workbook; a file that is not one (or is damaged) is an ImportFileError. */
export async function readWorkbook(
  source: WorkbookSource,
  fileName = typeof source === 'string' ? basename(source) : 'workbook.xlsx',
): Promise<ImportWorkbook> {
  if (typeof source === 'string' && statSync(source).size > MAX_WORKBOOK_BYTES)
    throw new ImportFileError('workbookTooLarge', { mb: MAX_WORKBOOK_BYTES / 1024 / 1024 });
  const bytes = typeof source === 'string' ? readFileSync(source) : Buffer.from(source);
  if (bytes.length === 0) throw new ImportFileError('empty');
  if (bytes.length > MAX_WORKBOOK_BYTES)
    throw new ImportFileError('workbookTooLarge', { mb: MAX_WORKBOOK_BYTES / 1024 / 1024 });
  if (startsWith(bytes, OLE2)) throw new ImportFileError('oldWorkbook');
  if (!startsWith(bytes, ZIP)) throw new ImportFileError('notAWorkbook');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  } catch {
    throw new ImportFileError('notAWorkbook');
  }
  if (book.worksheets.length === 0) throw new ImportFileError('notAWorkbook');
  return new ImportWorkbook(fileName, book);
}

/** The sheets of a workbook and the entity each holds (for the app's choice of sheet). */
export async function workbookSheets(source: WorkbookSource): Promise<WorkbookSheet[]> {
  return (await readWorkbook(source)).sheets;
}

/**
 * The sheet that holds the entity: the visible one named for it (the first, if several), else a
 * workbook's only sheet.
 */
export function sheetFor(book: ImportWorkbook, entity: ImportEntity): WorkbookSheet {
  const sheets = book.sheets;
  const named = sheets.filter((s) => s.entity === entity);
  const found =
    named.find((s) => !s.hidden) ?? named[0] ?? (sheets.length === 1 ? sheets[0] : null);
  if (!found)
    throw new ImportFileError('noSheetForEntity', {
      entity,
      names: entitySheetNames(entity).slice(0, 4).join(', '),
      sheets: book.names(),
    });
  return found;
}

/** The problem, saying which sheet it is in. */
const inSheet = (error: ImportFileError, sheet: string) =>
  new ImportFileError(error.problem, { ...error.detail, sheet });

/** Report lines as the sheet's row numbers. */
function asSheetRows(report: ImportReport, sheet: string, csv: SheetCsv): SheetImportReport {
  const row = (line: number) => csv.rowOfLine(line);
  return {
    ...report,
    sheet,
    headerLine: row(report.headerLine),
    issues: report.issues.map((i) => ({
      ...i,
      line: row(i.line),
      // A repeated id names the line it first appeared on.
      value:
        i.problem === 'duplicateId'
          ? i.value.replace(/\d+$/, (first) => String(row(Number(first))))
          : i.value,
    })),
    conflicts: report.conflicts.map((c) => ({ ...c, line: row(c.line) })),
    sample: report.sample.map((s) => ({ ...s, line: row(s.line) })),
  };
}

/** Imports one sheet, as `importFile` imports one CSV file (a dry run writes nothing). */
export function importWorkbookSheet(
  ws: Workspace,
  book: ImportWorkbook,
  sheetName: string,
  options: SheetImportOptions,
): SheetImportReport {
  try {
    const entity = options.entity ?? sheetEntity(sheetName);
    if (!entity) throw new ImportFileError('sheetEntityUnknown');
    const csv = book.sheetCsv(sheetName);
    const report = importFile(ws, {
      ...options,
      entity,
      fileName: `${book.fileName} [${sheetName}]`,
      chunks: () => [csv.bytes],
      size: csv.bytes.length,
    });
    return asSheetRows(report, sheetName, csv);
  } catch (error) {
    throw error instanceof ImportFileError ? inSheet(error, sheetName) : error;
  }
}

class DryRunDone extends Error {}

/** Imports every visible sheet that names an entity, accounts first, in one transaction. */
export function importWorkbook(
  ws: Workspace,
  book: ImportWorkbook,
  options: Omit<SheetImportOptions, 'entity' | 'map'>,
): WorkbookImportReport {
  const report: WorkbookImportReport = {
    fileName: book.fileName,
    dryRun: options.dryRun === true,
    sheets: [],
    skipped: [],
  };
  const planned: { sheet: string; entity: ImportEntity }[] = [];
  for (const s of book.sheets) {
    if (!s.entity) report.skipped.push({ sheet: s.name, reason: 'noEntity' });
    else if (s.hidden) report.skipped.push({ sheet: s.name, reason: 'hidden' });
    else planned.push({ sheet: s.name, entity: s.entity });
  }
  if (planned.length === 0) throw new ImportFileError('noEntitySheets', { sheets: book.names() });
  const order = (e: ImportEntity) => IMPORT_ENTITIES.indexOf(e);
  planned.sort((a, b) => order(a.entity) - order(b.entity));
  try {
    ws.db.sqlite.transaction(() => {
      // Each sheet writes for real inside this transaction, so later sheets find the accounts
      // of earlier ones; a dry run then rolls the whole workbook back.
      for (const { sheet, entity } of planned)
        report.sheets.push(
          importWorkbookSheet(ws, book, sheet, { ...options, entity, dryRun: false }),
        );
      if (report.dryRun) throw new DryRunDone();
    })();
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
    for (const sheet of report.sheets) Object.assign(sheet, { dryRun: true, batchId: null });
  }
  return report;
}
