/**
 * `import ENTITY FILE.xlsx [--sheet NAME]` and `import all FILE.xlsx`: the workbook is read (and
 * refused, writing nothing, when it is not one) before the database is opened; then one sheet,
 * or every sheet named for an entity, is imported and reported as a CSV file would be.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { ImportEntity } from '../../../core/import/importEntities';
import { ImportFileError } from '../../../services/import/importService';
import {
  importWorkbook,
  importWorkbookSheet,
  readWorkbook,
  sheetFor,
  type SheetImportOptions,
  type WorkbookImportReport,
} from '../../../services/import/workbookImport';
import { importFileText } from '../../../shared/messages/importText';
import type { CliContext } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { importIssuesCsv, printImportReport, words } from './importReportText';

/** Excel workbooks are told by their name: .xlsx, or .xlsm (its macros are never run). */
export const isWorkbookFile = (file: string): boolean =>
  ['.xlsx', '.xlsm'].includes(extname(file).toLowerCase());

function printWorkbook(ctx: CliContext, report: WorkbookImportReport): void {
  const w = (en: string, zh: string) => words(ctx.lang, en, zh);
  for (const skipped of report.skipped)
    ctx.io.out(
      skipped.reason === 'hidden'
        ? w(
            `Sheet "${skipped.sheet}" is hidden and was left out.`,
            `工作表“${skipped.sheet}”已隐藏，未导入。`,
          )
        : w(
            `Sheet "${skipped.sheet}" was left out: its name says no entity (such as Accounts, Contacts, Contracts).`,
            `工作表“${skipped.sheet}”未导入：名称看不出对应的数据类型（如 客户、联系人、合同）。`,
          ),
    );
  for (const sheet of report.sheets) {
    ctx.io.out('');
    ctx.io.out(
      w(`Sheet "${sheet.sheet}" → ${sheet.entity}`, `工作表“${sheet.sheet}”→ ${sheet.entity}`),
    );
    printImportReport(ctx, sheet);
  }
}

export async function importWorkbookFile(
  ctx: CliContext,
  file: string,
  entity: ImportEntity | null,
  options: Omit<SheetImportOptions, 'entity' | 'map'>,
  cli: {
    map: Record<string, string>;
    sheet: string | undefined;
    report: string | undefined;
    json: boolean;
  },
): Promise<number> {
  const refuse = (error: unknown) => {
    if (!(error instanceof ImportFileError)) throw error;
    ctx.io.err(`outpost: ${importFileText(ctx.lang, error.problem, error.detail)}`);
    return 2;
  };
  let book;
  try {
    book = await readWorkbook(file);
  } catch (error) {
    return refuse(error);
  }
  // Importing a book into a new database file makes it; a dry run writes nothing, not even that.
  const ws = await openCliWorkspace(ctx, { creates: options.dryRun !== true });
  try {
    if (entity === null) {
      const report = importWorkbook(ws, book, options);
      if (cli.json) ctx.io.out(JSON.stringify(report, null, 2));
      else printWorkbook(ctx, report);
      return 0;
    }
    const sheet = cli.sheet ?? sheetFor(book, entity).name;
    const report = importWorkbookSheet(ws, book, sheet, { ...options, entity, map: cli.map });
    if (cli.report) writeFileSync(cli.report, importIssuesCsv(ctx.lang, report));
    if (cli.json) ctx.io.out(JSON.stringify(report, null, 2));
    else printImportReport(ctx, report);
    return 0;
  } catch (error) {
    return refuse(error);
  } finally {
    ws.close();
  }
}
