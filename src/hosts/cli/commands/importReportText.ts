/**
 * What `outpost import` prints about one import (a CSV file or a sheet of a workbook): what was
 * detected, the mapping, the counts, the conflicts and every row skipped, in the user's language;
 * and the skipped rows as CSV for `--report`.
 */
import { importProblemsCsv } from '../../../export/importProblemsCsv';
import type { ImportReport } from '../../../services/import/importService';
import { importRowText } from '../../../shared/messages/importText';
import type { Lang } from '../../../shared/format/formatters';
import type { CliContext } from '../cliCommand';
import { formatTable } from '../formatTable';

export const words = (lang: Lang, en: string, zh: string) => (lang === 'zh-CN' ? zh : en);

export function printImportReport(ctx: CliContext, report: ImportReport): void {
  const { lang } = ctx;
  const w = (en: string, zh: string) => words(lang, en, zh);
  // A sheet of a workbook has no encoding or delimiter to speak of; its rows are its own.
  if ('sheet' in report)
    ctx.io.out(
      w(
        `${report.fileName}: header on row ${report.headerLine}, source ${report.source}`,
        `${report.fileName}：表头在第 ${report.headerLine} 行，来源 ${report.source}`,
      ),
    );
  else
    ctx.io.out(
      w(
        `${report.fileName}: ${report.encoding}${report.encodingReason === 'chosen' ? ' (chosen)' : ''}, delimiter ${JSON.stringify(report.delimiter)}, header on line ${report.headerLine}, source ${report.source}`,
        `${report.fileName}：编码 ${report.encoding}${report.encodingReason === 'chosen' ? '（手动选择）' : ''}，分隔符 ${JSON.stringify(report.delimiter)}，表头在第 ${report.headerLine} 行，来源 ${report.source}`,
      ),
    );
  ctx.io.out(
    formatTable(
      [w('COLUMN', '列'), w('FIELD', '字段')],
      report.columns.map((c) => [c.header, c.field ?? w('(not imported)', '（不导入）')]),
    ),
  );
  for (const d of report.dateColumns)
    ctx.io.out(
      w(
        `Dates in "${d.header}" are read ${d.order === 'dmy' ? 'day first' : 'month first'}.`,
        `“${d.header}”列的日期按${d.order === 'dmy' ? '日在前' : '月在前'}读取。`,
      ),
    );
  const c = report.counts;
  ctx.io.out(
    report.dryRun
      ? w(
          `Dry run, nothing written: ${c.rows} rows — ${c.create} to create, ${c.update} to update, ${c.unchanged} unchanged, ${c.skip} skipped.`,
          `试运行，未写入任何数据：共 ${c.rows} 行——新建 ${c.create}，更新 ${c.update}，无变化 ${c.unchanged}，跳过 ${c.skip}。`,
        )
      : w(
          `Imported ${c.rows} rows: ${c.create} created, ${c.update} updated, ${c.unchanged} unchanged, ${c.skip} skipped.`,
          `已导入 ${c.rows} 行：新建 ${c.create}，更新 ${c.update}，无变化 ${c.unchanged}，跳过 ${c.skip}。`,
        ),
  );
  for (const conflict of report.conflicts)
    ctx.io.out(
      w(
        `Line ${conflict.line}, column "${conflict.column}": changed in Outpost since the last import (${JSON.stringify(conflict.current)}); the file says ${JSON.stringify(conflict.incoming)}.`,
        `第 ${conflict.line} 行，“${conflict.column}”列：上次导入后已在 Outpost 中修改（${JSON.stringify(conflict.current)}），文件中为 ${JSON.stringify(conflict.incoming)}。`,
      ),
    );
  if (report.conflicts.length > 0)
    ctx.io.out(
      w(
        "Those fields were kept as changed in Outpost; --overwrite takes the file's values.",
        '这些字段保留了 Outpost 中的修改；使用 --overwrite 将采用文件中的值。',
      ),
    );
  for (const issue of report.issues) ctx.io.err(importRowText(lang, issue));
  if (report.issueCount > report.issues.length)
    ctx.io.err(
      w(
        `… and ${report.issueCount - report.issues.length} more problems.`,
        `……另有 ${report.issueCount - report.issues.length} 个问题。`,
      ),
    );
  if (report.batchId)
    ctx.io.out(
      w(
        `Undo this import with: outpost import undo ${report.batchId}`,
        `撤销本次导入：outpost import undo ${report.batchId}`,
      ),
    );
}

/** The skipped rows as CSV: the app's writer, so a value from the file never runs as a formula. */
export function importIssuesCsv(lang: Lang, report: ImportReport): string {
  return importProblemsCsv(lang, report.issues);
}
