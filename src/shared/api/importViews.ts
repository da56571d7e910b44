/** What the import wizard shows: the file as read, the mapping, the preview and the result. */

export type ImportRowAction = 'create' | 'update' | 'unchanged' | 'skip';

export interface ImportRowIssueView {
  line: number;
  /** The column's header; '' for a problem of the whole row. */
  column: string;
  /** A problem code (shared/messages/importText words it in the user's language). */
  problem: string;
  value: string;
}

export interface ImportReportView {
  dryRun: boolean;
  /** The batch to undo; null for a dry run or when nothing was written. */
  batchId: string | null;
  entity: string;
  fileName: string;
  encoding: string;
  /** 'bom' | 'utf-8' | 'gb18030' (detected) | 'chosen'. */
  encodingReason: string;
  delimiter: string;
  headerLine: number;
  source: string;
  columns: { header: string; field: string | null }[];
  dateColumns: { header: string; order: string | null }[];
  counts: { rows: number; create: number; update: number; unchanged: number; skip: number };
  issues: ImportRowIssueView[];
  /** Every issue, where `issues` lists the first thousand. */
  issueCount: number;
  /** Fields changed here since the last import that the file would change again. */
  conflicts: { line: number; column: string; field: string; current: unknown; incoming: unknown }[];
  sample: {
    line: number;
    action: ImportRowAction;
    /** The account the row names (its name or id in the source); '' for an account row. */
    account: string;
    values: Record<string, unknown>;
  }[];
}

export interface ImportFieldView {
  field: string;
  /** text, date, money, int, percent, enum, list, bool, currency. */
  kind: string;
  /** Not a stored field: the source id, the account link, name parts, contract value. */
  virtual: boolean;
}

/** A problem with the whole file, with the details its message names (a column, a line). */
export interface ImportFileProblemView {
  code: string;
  detail: Record<string, string | number>;
}

export interface ImportPreviewView {
  /** The file's headers and their fields, when the file could be read that far. */
  layout: Pick<
    ImportReportView,
    'encoding' | 'encodingReason' | 'delimiter' | 'headerLine' | 'source' | 'columns'
  > | null;
  /** The fields the chosen entity has, for the mapping. */
  fields: ImportFieldView[];
  /** The sheets of a workbook with the entity each holds ('' for none); empty for a CSV file. */
  sheets: { name: string; entity: string }[];
  /** The sheet previewed ('' for a CSV file). */
  sheet: string;
  problem: ImportFileProblemView | null;
  /** The dry run, when the file can be imported with these choices. */
  report: ImportReportView | null;
}

export interface ImportBatchView {
  id: string;
  entity: string;
  source: string;
  fileName: string;
  importedAt: string;
  counts: Record<string, number>;
  undoneAt: string;
}
