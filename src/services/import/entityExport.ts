/**
 * `export ENTITY --format csv|xlsx` (DESIGN.md §9): an import entity's live records in the
 * columns the import reads, so exporting and importing again changes nothing; `export all` is one
 * workbook with a sheet per entity that `import all` reads back. Rows are in a stable order: by
 * account name, then by the record's own name or day.
 */
import { entityColumns, entityRow, type EntityTable } from '../../core/import/entityColumns';
import type { ImportEntity } from '../../core/import/importEntities';
import { listAllRecords } from '../../db/repositories/recordRepository';
import { entityCsv } from '../../export/entityCsv';
import { entityXlsx } from '../../export/entityXlsx';
import type { Lang } from '../../shared/format/formatters';
import type { Workspace } from '../workspace';

/** The field that orders an entity's records within their account. */
const ORDER_BY: Record<ImportEntity, string> = {
  accounts: 'name',
  stakeholders: 'name',
  contracts: 'startDate',
  usage_snapshots: 'date',
  survey_responses: 'date',
  support_tickets: 'openedDate',
  expansion_opportunities: 'title',
  touchpoints: 'date',
};

type Fields = Record<string, unknown> & { id: string; deleted: boolean };

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The entity's live records (of live accounts) as the rows of its export. */
export function entityTable(ws: Workspace, entity: ImportEntity): EntityTable {
  const db = ws.db.sqlite;
  const accounts = new Map(
    (listAllRecords(db, 'accounts') as unknown as Fields[])
      .filter((a) => !a.deleted)
      .map((a) => [a.id, a]),
  );
  const records =
    entity === 'accounts'
      ? [...accounts.values()]
      : (listAllRecords(db, entity) as unknown as Fields[]).filter(
          (r) => !r.deleted && accounts.has(String(r.accountId)),
        );
  const accountOf = (r: Fields) =>
    entity === 'accounts' ? null : (accounts.get(String(r.accountId)) ?? null);
  const key = (r: Fields) => [
    String(accountOf(r)?.name ?? ''),
    String(r[ORDER_BY[entity]] ?? ''),
    r.id,
  ];
  records.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return compare(ka[0]!, kb[0]!) || compare(ka[1]!, kb[1]!) || compare(ka[2]!, kb[2]!);
  });
  const columns = entityColumns(entity);
  return { entity, columns, rows: records.map((r) => entityRow(columns, r, accountOf(r))) };
}

export type EntityFileFormat = 'csv' | 'xlsx';

export interface EntityFile {
  bytes: Buffer;
  /** Rows written per entity. */
  rows: Partial<Record<ImportEntity, number>>;
}

/** A CSV of one entity, or a workbook of one sheet per entity (in the order given). */
export async function entityFile(
  ws: Workspace,
  entities: readonly ImportEntity[],
  format: EntityFileFormat,
  lang: Lang,
): Promise<EntityFile> {
  if (format === 'csv' && entities.length !== 1)
    throw new Error('A CSV file holds one entity; export several as a workbook');
  const tables = entities.map((e) => entityTable(ws, e));
  const rows = Object.fromEntries(tables.map((t) => [t.entity, t.rows.length]));
  const bytes =
    format === 'csv'
      ? Buffer.from(entityCsv(tables[0] as EntityTable), 'utf8')
      : await entityXlsx(tables, lang);
  return { bytes, rows };
}
