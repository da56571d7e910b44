/**
 * `import ENTITY FILE.csv [--dry-run] [--map "Header=field" …]` (DESIGN.md §9): brings accounts,
 * contacts, contracts and signals in from CRM and spreadsheet exports. Prints what was detected
 * (encoding, delimiter, header row, source, mapping), the counts, and every row that was skipped
 * with its line, column and reason. `import list` shows the imports kept, `import undo ID` undoes one.
 */
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { IMPORT_ENTITIES, importEntityOf } from '../../../core/import/importEntities';
import {
  importFile,
  ImportFileError,
  type ImportReport,
} from '../../../services/import/importService';
import { importBatches, undoImport } from '../../../services/import/importUndo';
import { ServiceError } from '../../../services/serviceError';
import { importFileText, importRowText } from '../../../shared/messages/importText';
import { CURRENCIES } from '../../../shared/domain/enums';
import type { Lang } from '../../../shared/format/formatters';
import type { CliCommand, CliContext } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { formatTable } from '../formatTable';
import { UsageError } from '../usageError';

const CHUNK = 256 * 1024;

/** The file read chunk by chunk, from its start each time it is asked for. */
function* fileChunks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) return;
      yield Buffer.from(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

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

const words = (lang: Lang, en: string, zh: string) => (lang === 'zh-CN' ? zh : en);

function printReport(ctx: CliContext, report: ImportReport): void {
  const { lang } = ctx;
  const w = (en: string, zh: string) => words(lang, en, zh);
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

/** The skipped rows as CSV (UTF-8 with BOM, so Excel opens Chinese correctly). */
function issuesCsv(lang: Lang, report: ImportReport): string {
  const quote = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
  const header =
    lang === 'zh-CN'
      ? ['行', '列', '问题', '值', '说明']
      : ['line', 'column', 'problem', 'value', 'message'];
  const lines = report.issues.map((i) =>
    [i.line, i.column, i.problem, i.value, importRowText(lang, i)].map(quote).join(','),
  );
  return `\ufeff${[header.map(quote).join(','), ...lines].join('\r\n')}\r\n`;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import records from a CRM or spreadsheet export (CSV); list or undo imports',
  usage: [
    'import ENTITY FILE.csv [--dry-run] [--map "Header=field" …] [--source NAME] [--encoding utf-8|gb18030]',
    '       [--date-order dmy|mdy] [--currency CODE] [--overwrite] [--report FILE.csv] [--json]',
    `       ENTITY: ${IMPORT_ENTITIES.join(', ')} (or contacts, companies, tickets…)`,
    'import list [--json]   ·   import undo ID',
  ].join('\n'),
  options: {
    'dry-run': { type: 'boolean' },
    map: { type: 'string', multiple: true },
    source: { type: 'string' },
    encoding: { type: 'string' },
    'date-order': { type: 'string' },
    currency: { type: 'string' },
    overwrite: { type: 'boolean' },
    report: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  },
  allowPositionals: true,
  run(ctx, values, positionals) {
    const [what = '', file, ...extra] = positionals;
    if (what === 'list' || what === 'undo')
      return batchCommand(ctx, what, file, values.json === true);
    if (!file || extra.length > 0)
      throw new UsageError(`Usage: outpost ${importCommand.usage.split('\n')[0]}`);
    const entity = importEntityOf(what);
    if (!entity)
      throw new UsageError(`Unknown entity "${what}"; one of ${IMPORT_ENTITIES.join(', ')}`);
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      throw new UsageError(words(ctx.lang, `Cannot read the file ${file}`, `无法读取文件 ${file}`));
    }
    const currency = oneOfOption('currency', values.currency, CURRENCIES);
    const options = {
      entity,
      fileName: basename(file),
      chunks: () => fileChunks(file),
      size,
      lang: ctx.lang,
      map: mapOption(values.map as string[] | undefined),
      dryRun: values['dry-run'] === true,
      overwrite: values.overwrite === true,
      ...(values.source ? { source: String(values.source) } : {}),
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
      ...(values['date-order']
        ? { dateOrder: oneOfOption('date-order', values['date-order'], ['dmy', 'mdy'] as const) }
        : {}),
      ...(currency ? { currency } : {}),
    };
    // Importing a book into a new database file makes it; a dry run writes nothing, not even that.
    const ws = openCliWorkspace(ctx, { creates: !options.dryRun });
    try {
      let report: ImportReport;
      try {
        report = importFile(ws, options);
      } catch (error) {
        if (error instanceof ImportFileError) {
          ctx.io.err(`outpost: ${importFileText(ctx.lang, error.problem, error.detail)}`);
          return 2;
        }
        throw error;
      }
      if (values.report) writeFileSync(String(values.report), issuesCsv(ctx.lang, report));
      if (values.json) ctx.io.out(JSON.stringify(report, null, 2));
      else printReport(ctx, report);
      return 0;
    } finally {
      ws.close();
    }
  },
};

function batchCommand(
  ctx: CliContext,
  what: 'list' | 'undo',
  id: string | undefined,
  json: boolean,
): number {
  const ws = openCliWorkspace(ctx);
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
