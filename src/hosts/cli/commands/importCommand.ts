/**
 * `import ENTITY FILE.csv|FILE.xlsx [--dry-run] [--map "Header=field" …]` (DESIGN.md §9): brings
 * accounts, contacts, contracts and signals in from CRM and spreadsheet exports; `import all
 * FILE.xlsx` brings every sheet of a workbook that names an entity. Prints what was detected
 * (encoding, delimiter, header row, source, mapping), the counts, and every row that was skipped
 * with its line, column and reason. `import list` shows the imports kept, `import undo ID` undoes one.
 */
import { statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { IMPORT_ENTITIES, importEntityOf } from '../../../core/import/importEntities';
import { importFile, ImportFileError } from '../../../services/import/importService';
import { fileChunks } from '../../../services/import/fileChunks';
import { importBatches, undoImport } from '../../../services/import/importUndo';
import { ServiceError } from '../../../services/serviceError';
import { importFileText } from '../../../shared/messages/importText';
import { CURRENCIES } from '../../../shared/domain/enums';
import type { CliCommand, CliContext, CliValues } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { formatTable } from '../formatTable';
import { UsageError } from '../usageError';
import { importIssuesCsv, printImportReport, words } from './importReportText';
import { importWorkbookFile, isWorkbookFile } from './importWorkbookFile';

function mapOption(values: (string | boolean)[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const item of values ?? []) {
    const text = String(item);
    const at = text.lastIndexOf('=');
    if (at <= 0)
      throw new UsageError(
        `--map takes "Header=field" (or "Header=" to leave a column out), got "${text}"`,
      );
    map[text.slice(0, at).trim()] = text.slice(at + 1).trim();
  }
  return map;
}

function oneOfOption<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!(allowed as readonly string[]).includes(text))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${text}"`);
  return text as T;
}

function fileSize(ctx: CliContext, file: string): number {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    return stat.size;
  } catch {
    throw new UsageError(words(ctx.lang, `Cannot read the file ${file}`, `无法读取文件 ${file}`));
  }
}

/** The options of any import, CSV or workbook. */
function importOptions(ctx: CliContext, values: CliValues) {
  const currency = oneOfOption('currency', values.currency, CURRENCIES);
  return {
    lang: ctx.lang,
    dryRun: values['dry-run'] === true,
    overwrite: values.overwrite === true,
    ...(values.source ? { source: String(values.source) } : {}),
    ...(values['date-order']
      ? { dateOrder: oneOfOption('date-order', values['date-order'], ['dmy', 'mdy'] as const) }
      : {}),
    ...(currency ? { currency } : {}),
  };
}

/** Workbook-only and CSV-only options given to the other kind of file. */
function checkFileOptions(values: CliValues, all: boolean, workbook: boolean): void {
  if (all && !workbook)
    throw new UsageError('import all reads an Excel workbook (.xlsx) with a sheet per entity');
  if (workbook && values.encoding)
    throw new UsageError('--encoding is for CSV files; a workbook says its own');
  if (!workbook && values.sheet)
    throw new UsageError('--sheet names a sheet of an Excel workbook (.xlsx)');
  if (all && (values.map || values.sheet || values.report))
    throw new UsageError(
      '--map, --sheet and --report are for one sheet: import it with import ENTITY FILE.xlsx --sheet NAME',
    );
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import records from a CRM or spreadsheet export (CSV, XLSX); list or undo imports',
  usage: [
    'import ENTITY FILE.csv|FILE.xlsx [--dry-run] [--map "Header=field" …] [--source NAME]',
    '       [--encoding utf-8|gb18030] [--sheet NAME] [--date-order dmy|mdy] [--currency CODE]',
    '       [--overwrite] [--report FILE.csv] [--json]',
    `       ENTITY: ${IMPORT_ENTITIES.join(', ')} (or contacts, companies, tickets…)`,
    'import all FILE.xlsx [--dry-run] …   every sheet named for an entity, accounts first',
    'import list [--json]   ·   import undo ID',
  ].join('\n'),
  options: {
    'dry-run': { type: 'boolean' },
    map: { type: 'string', multiple: true },
    source: { type: 'string' },
    encoding: { type: 'string' },
    sheet: { type: 'string' },
    'date-order': { type: 'string' },
    currency: { type: 'string' },
    overwrite: { type: 'boolean' },
    report: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  },
  allowPositionals: true,
  async run(ctx, values, positionals) {
    const [what = '', file, ...extra] = positionals;
    if (what === 'list' || what === 'undo')
      return batchCommand(ctx, what, file, values.json === true);
    if (!file || extra.length > 0)
      throw new UsageError(`Usage: outpost ${importCommand.usage.split('\n')[0]}`);
    const all = what === 'all';
    const entity = all ? null : importEntityOf(what);
    if (!all && !entity)
      throw new UsageError(
        `Unknown entity "${what}"; one of ${IMPORT_ENTITIES.join(', ')}, or all (a workbook)`,
      );
    const size = fileSize(ctx, file);
    const workbook = isWorkbookFile(file);
    checkFileOptions(values, all, workbook);
    const common = importOptions(ctx, values);
    const map = mapOption(values.map as string[] | undefined);
    if (workbook)
      return importWorkbookFile(ctx, file, entity, common, {
        map,
        sheet: typeof values.sheet === 'string' ? values.sheet : undefined,
        report: typeof values.report === 'string' ? values.report : undefined,
        json: values.json === true,
      });
    const options = {
      ...common,
      entity: entity as NonNullable<typeof entity>,
      fileName: basename(file),
      chunks: () => fileChunks(file),
      size,
      map,
      ...(values.encoding
        ? {
            encoding: oneOfOption('encoding', values.encoding, [
              'utf-8',
              'gb18030',
              'utf-16le',
              'utf-16be',
            ] as const),
          }
        : {}),
    };
    // Importing a book into a new database file makes it; a dry run writes nothing, not even that.
    const ws = await openCliWorkspace(ctx, { creates: !options.dryRun });
    try {
      let report;
      try {
        report = importFile(ws, options);
      } catch (error) {
        if (error instanceof ImportFileError) {
          ctx.io.err(`outpost: ${importFileText(ctx.lang, error.problem, error.detail)}`);
          return 2;
        }
        throw error;
      }
      if (values.report) writeFileSync(String(values.report), importIssuesCsv(ctx.lang, report));
      if (values.json) ctx.io.out(JSON.stringify(report, null, 2));
      else printImportReport(ctx, report);
      return 0;
    } finally {
      ws.close();
    }
  },
};

async function batchCommand(
  ctx: CliContext,
  what: 'list' | 'undo',
  id: string | undefined,
  json: boolean,
): Promise<number> {
  const ws = await openCliWorkspace(ctx);
  try {
    if (what === 'list') {
      const batches = importBatches(ws);
      if (json) ctx.io.out(JSON.stringify(batches, null, 2));
      else
        ctx.io.out(
          formatTable(
            ['ID', 'IMPORTED', 'ENTITY', 'FILE', 'SOURCE', 'CREATED', 'UPDATED', 'UNDONE'],
            batches.map((b) => [
              b.id,
              b.importedAt,
              b.entity,
              b.fileName,
              b.source,
              String(b.counts.create ?? 0),
              String(b.counts.update ?? 0),
              b.undoneAt || '-',
            ]),
          ),
        );
      return 0;
    }
    if (!id) throw new UsageError('Usage: outpost import undo ID');
    try {
      const undone = undoImport(ws, id);
      ctx.io.out(
        words(
          ctx.lang,
          `Undone: ${undone.deleted} records deleted, ${undone.restored} restored to their values before the import.`,
          `已撤销：删除 ${undone.deleted} 条记录，恢复 ${undone.restored} 条记录到导入前的值。`,
        ),
      );
      return 0;
    } catch (error) {
      if (error instanceof ServiceError) {
        ctx.io.err(`outpost: ${error.message}`);
        return 2;
      }
      throw error;
    }
  } finally {
    ws.close();
  }
}
