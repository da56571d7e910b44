import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * What this replica imported (never synced): one batch per import, with what each row changed
 * so the batch can be undone, and the mapping used last for each source and entity.
 */
export const importBatchesTable = sqliteTable('import_batches', {
  id: text('id').primaryKey(),
  entity: text('entity').notNull(),
  source: text('source').notNull(),
  fileName: text('file_name').notNull(),
  importedAt: text('imported_at').notNull(),
  /** `{ created, updated, unchanged, skipped }` */
  counts: text('counts').notNull(),
  undoneAt: text('undone_at').notNull().default(''),
});

export const importRowsTable = sqliteTable(
  'import_rows',
  {
    batchId: text('batch_id').notNull(),
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    /** 'create' or 'update' */
    action: text('action').notNull(),
    /** The fields as they were before an update (JSON), to restore on undo. */
    before: text('before').notNull().default('{}'),
    /** The fields as this import wrote them (JSON): what a later import compares the record with. */
    imported: text('imported').notNull(),
    seq: integer('seq').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.batchId, t.tbl, t.rowId] }),
    index('import_rows_row_idx').on(t.tbl, t.rowId, t.seq),
  ],
);

export const importMappingsTable = sqliteTable(
  'import_mappings',
  {
    source: text('source').notNull(),
    entity: text('entity').notNull(),
    /** `{ header: field }` (JSON) as the user last confirmed it. */
    mapping: text('mapping').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.entity] })],
);
