/**
 * `export --json [--out FILE]`: every synced record, sorted, deterministic. `export ENTITY
 * --format csv|xlsx [--out FILE]`: one import entity's records in the columns `import` reads, so
 * the file imports back with no mapping; `export all --format xlsx --out FILE` is a workbook with
 * a sheet per entity that `import all` reads back.
 */
import { IMPORT_ENTITIES, importEntityOf } from '../../../core/import/importEntities';
import { entityFile, type EntityFileFormat } from '../../../services/import/entityExport';
import { exportJson } from '../../../services/exportService';
import type { CliCommand, CliContext, CliValues } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { checkOutFile, writeOutFile } from '../outFile';
import { UsageError } from '../usageError';
import { words } from './importReportText';

const FORMATS: readonly EntityFileFormat[] = ['csv', 'xlsx'];

async function exportEntities(ctx: CliContext, what: string, values: CliValues): Promise<number> {
  const all = what === 'all';
  const entity = all ? null : importEntityOf(what);
  if (!all && !entity)
    throw new UsageError(`Unknown entity "${what}"; one of ${IMPORT_ENTITIES.join(', ')}, or all`);
  const format = values.format as EntityFileFormat | undefined;
  if (!format || !FORMATS.includes(format))
    throw new UsageError(`export ${what} needs --format csv or xlsx`);
  if (values.json) throw new UsageError('--json exports every record: use it without an entity');
  if (all && format === 'csv')
    throw new UsageError('A CSV file holds one entity: export all --format xlsx, or one entity');
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (format === 'xlsx' && !out)
    throw new UsageError('--format xlsx writes a binary file: give --out FILE.xlsx');
  if (out) checkOutFile(out, ctx.lang);
  const ws = await openCliWorkspace(ctx);
  try {
    const entities = entity ? [entity] : [...IMPORT_ENTITIES];
    const file = await entityFile(ws, entities, format, ctx.lang);
    if (!out) {
      ctx.io.out(file.bytes.toString('utf8').trimEnd());
      return 0;
    }
    writeOutFile(out, file.bytes);
    const counts = entities.map((e) => `${file.rows[e] ?? 0} ${e}`).join(', ');
    ctx.io.err(words(ctx.lang, `Exported ${counts} to ${out}`, `已导出 ${counts} 到 ${out}`));
    return 0;
  } finally {
    ws.close();
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write every synced record as JSON, or one entity as CSV/XLSX that import reads back',
  usage: [
    'export --json [--out FILE]',
    'export ENTITY --format csv|xlsx [--out FILE] [--lang en|zh-CN]   (ENTITY as for import)',
    'export all --format xlsx --out FILE.xlsx   a sheet per entity, for import all',
  ].join('\n'),
  options: {
    json: { type: 'boolean' },
    out: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
  },
  allowPositionals: true,
  async run(ctx, values, positionals) {
    const [what, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`Usage: outpost ${exportCommand.usage}`);
    if (what !== undefined) return exportEntities(ctx, what, values);
    if (!values.json)
      throw new UsageError('export needs --json, or an entity and --format csv|xlsx');
    if (typeof values.out === 'string') checkOutFile(values.out, ctx.lang);
    const ws = await openCliWorkspace(ctx);
    try {
      const json = exportJson(ws);
      if (typeof values.out === 'string') {
        writeOutFile(values.out, json);
        ctx.io.err(`Exported to ${values.out}`);
      } else {
        ctx.io.out(json.trimEnd());
      }
      return 0;
    } finally {
      ws.close();
    }
  },
};
