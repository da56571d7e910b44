/**
 * The app's import wizard over an uploaded file: the preview is a dry run with the user's
 * choices (encoding, mapping, day-month order, currency, overwrite), and answers with how far the
 * file could be read — its headers and proposed mapping — even when a choice is still missing,
 * so the page can ask for it. The import itself is the same call without the dry run.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { ENTITY_FIELDS } from '../../core/import/importEntities';
import { importProblemsCsv, type ImportProblem } from '../../export/importProblemsCsv';
import type { ExportFile } from '../../shared/api/forecastViews';
import type { ImportChoices } from '../../shared/api/importInputs';
import type { Lang } from '../../shared/format/formatters';
import type { ImportPreviewView, ImportReportView } from '../../shared/api/importViews';
import { fileChunks } from './fileChunks';
import {
  importFile,
  ImportFileError,
  importLayout,
  type ImportInput,
  type ImportLayout,
} from './importService';
import { discardUpload, uploadedFile, type UploadedFile } from './importUploads';
import {
  importWorkbookSheet,
  isZip,
  readWorkbook,
  sheetFor,
  type ImportWorkbook,
  type SheetImportOptions,
} from './workbookImport';
import type { Workspace } from '../workspace';

function inputOf(ws: Workspace, choices: ImportChoices, dryRun: boolean): ImportInput {
  const file = uploadedFile(ws, choices.uploadId);
  return {
    ...sheetOptions(choices, dryRun),
    fileName: file.fileName,
    size: file.size,
    chunks: () => fileChunks(file.path),
    encoding: choices.encoding || undefined,
  };
}

function fieldsOf(choices: ImportChoices): ImportPreviewView['fields'] {
  return ENTITY_FIELDS[choices.entity].map((f) => ({
    field: f.field,
    kind: f.kind,
    virtual: f.virtual === true,
  }));
}

function layoutView(
  layout: ImportLayout,
  headerRow: (line: number) => number = (line) => line,
): NonNullable<ImportPreviewView['layout']> {
  const { shape, source, columns } = layout;
  return {
    encoding: shape.choice.encoding,
    encodingReason: shape.choice.reason,
    delimiter: shape.delimiter,
    headerLine: headerRow(shape.headerLine),
    source,
    columns,
  };
}

/** Workbooks read once per upload: reading the zip is the slow part. */
const workbooks = new WeakMap<Workspace, Map<string, ImportWorkbook>>();

async function workbookOf(ws: Workspace, choices: ImportChoices): Promise<ImportWorkbook | null> {
  const file = uploadedFile(ws, choices.uploadId);
  if (!isWorkbook(file)) return null;
  let books = workbooks.get(ws);
  if (!books) workbooks.set(ws, (books = new Map()));
  let book = books.get(choices.uploadId);
  if (!book) {
    book = await readWorkbook(file.path, file.fileName);
    books.clear();
    books.set(choices.uploadId, book);
  }
  return book;
}

function isWorkbook(file: UploadedFile): boolean {
  if (/\.(xlsx|xlsm|xls)$/i.test(file.fileName)) return true;
  const head = Buffer.alloc(4);
  const fd = openSync(file.path, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  return isZip(head);
}

/** The upload and the workbook read from it are let go. */
export function discardImport(ws: Workspace, uploadId: string): { discarded: boolean } {
  workbooks.get(ws)?.delete(uploadId);
  return discardUpload(ws, uploadId);
}

/**
 * The sheet the user chose, else the one named for the entity (or a workbook's only sheet). A
 * sheet named for another entity is refused: its rows are not what the user said they are.
 */
function sheetOf(book: ImportWorkbook, choices: ImportChoices): string {
  if (!choices.sheet) return sheetFor(book, choices.entity).name;
  const named = book.sheets.find((s) => s.name === choices.sheet)?.entity ?? null;
  if (named && named !== choices.entity)
    throw new ImportFileError('sheetOtherEntity', { sheet: choices.sheet, entity: named });
  return choices.sheet;
}

/** The choices an import of a sheet takes (a sheet has no encoding to choose). */
function sheetOptions(
  choices: ImportChoices,
  dryRun: boolean,
): SheetImportOptions & { entity: ImportChoices['entity'] } {
  return {
    entity: choices.entity,
    lang: choices.lang,
    source: choices.source || undefined,
    map: choices.map,
    dateOrder: choices.dateOrder || undefined,
    currency: choices.currency || undefined,
    overwrite: choices.overwrite,
    dryRun,
  };
}

export async function previewImport(
  ws: Workspace,
  choices: ImportChoices,
): Promise<ImportPreviewView> {
  const view: ImportPreviewView = {
    layout: null,
    fields: fieldsOf(choices),
    sheets: [],
    sheet: '',
    problem: null,
    report: null,
  };
  try {
    const book = await workbookOf(ws, choices);
    if (book) {
      view.sheets = book.sheets
        .filter((s) => !s.hidden)
        .map((s) => ({ name: s.name, entity: s.entity ?? '' }));
      const sheet = sheetOf(book, choices);
      view.sheet = sheet;
      const csv = book.sheetCsv(sheet);
      const layout = importLayout(ws, {
        ...sheetOptions(choices, true),
        fileName: book.fileName,
        chunks: () => [csv.bytes],
        size: csv.bytes.length,
      });
      view.layout = layoutView(layout, (line) => csv.rowOfLine(line));
      view.report = importWorkbookSheet(ws, book, sheet, sheetOptions(choices, true));
    } else {
      const input = inputOf(ws, choices, true);
      view.layout = layoutView(importLayout(ws, input));
      view.report = importFile(ws, input);
    }
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    view.problem = { code: error.problem, detail: error.detail };
  }
  return view;
}

/** Imports the uploaded file, then lets it go: undo needs only what the import kept. */
export async function runImport(ws: Workspace, choices: ImportChoices): Promise<ImportReportView> {
  const book = await workbookOf(ws, choices);
  const report = book
    ? importWorkbookSheet(ws, book, sheetOf(book, choices), sheetOptions(choices, false))
    : importFile(ws, inputOf(ws, choices, false));
  discardImport(ws, choices.uploadId);
  return report;
}

/** The skipped rows of a preview or an import, as a CSV file named after the imported one. */
export function importProblemsFile(input: {
  fileName: string;
  lang: Lang;
  issues: ImportProblem[];
}): ExportFile {
  const stem = input.fileName.replace(/\.[^.]*$/, '').replace(/[/\\:*?"<>|]/g, '_') || 'import';
  return {
    fileName: `${stem}-problems.csv`,
    mimeType: 'text/csv',
    base64: Buffer.from(importProblemsCsv(input.lang, input.issues)).toString('base64'),
  };
}
